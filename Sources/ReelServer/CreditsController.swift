import Hummingbird
import ReelStore

/// `GET /api/credits/balance/simple`: the caller's available, frozen and total credits.
struct CreditsController<Context: RequestContext> {
    let store: any Store

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("balance/simple", use: balance)
        return routes
    }

    @Sendable func balance(_ request: Request, context: Context) async throws -> Envelope<CreditBalance> {
        let caller = try await request.caller(in: store)
        return Envelope(data: try await store.balance(token: caller.token))
    }
}
