import Hummingbird
import NIOCore

/// Hummingbird's basic request context plus the peer's address, which token issuance is
/// rate-limited by (a client id is the caller's to choose; its address is not).
public struct ReelRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
