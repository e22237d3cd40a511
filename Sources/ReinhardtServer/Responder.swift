public import ReinhardtHTTP

/// The one boundary between the socket server and the framework — Reinhardt's WSGI.
///
/// The server turns bytes into a ``ReinhardtHTTP/Request``, calls the responder, and writes the
/// ``ReinhardtHTTP/Response`` back. Nothing else crosses, so the engine under it (HummingbirdCore
/// today) can be replaced without touching the framework. A responder should not throw: the
/// framework's handler turns every error into a response; if one escapes anyway, the server
/// answers with a bare 500.
public typealias Responder = @Sendable (Request) async throws -> Response
