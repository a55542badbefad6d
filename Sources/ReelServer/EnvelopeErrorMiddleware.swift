import Hummingbird
import Logging
import ReelStore

/// Any error that is not already an `APIError` (a framework `HTTPError`, a database failure)
/// still reaches the client as an envelope, so clients parse one shape.
struct EnvelopeErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as StoreError {
            if error.code == .unreadable || error.code == .unavailable || error.code == .internal {
                context.logger.error("store failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            }
            throw APIError(error)
        } catch let error as HTTPError {
            throw APIError(code: error.status.code, message: error.body ?? error.status.reasonPhrase, status: error.status)
        } catch {
            context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            throw APIError.internalError("internal error")
        }
    }
}
