import Foundation
import PostgresNIO

extension DatabaseError {
    /// Classifies a PostgreSQL failure by SQLSTATE, taking table, column, constraint and detail
    /// from the server's error fields.
    init(postgres error: PSQLError, sql: String?) {
        guard error.code == .server, let info = error.serverInfo else {
            self.init(kind: Self.isConnectionFailure(error.code) ? .connectionFailed : .other,
                      message: Self.clientMessage(error), sql: sql)
            return
        }
        let state = info[.sqlState]
        self.init(
            kind: Self.kind(ofSQLState: state), message: info[.message] ?? "PostgreSQL error \(state ?? "")",
            table: info[.tableName], constraint: info[.constraintName], detail: info[.detail],
            sqlState: state, sql: sql)
        if let column = info[.columnName] {
            columns = [column]
        } else if let detail = info[.detail] {
            columns = Self.keyColumns(inDetail: detail)
        }
    }

    private static func kind(ofSQLState state: String?) -> Kind {
        switch state {
        case "23505": return .uniqueViolation
        case "23503": return .foreignKeyViolation
        case "23502": return .notNullViolation
        case "23514": return .checkViolation
        case let state? where state.hasPrefix("08"): return .connectionFailed
        default: return .other
        }
    }

    private static func isConnectionFailure(_ code: PSQLError.Code) -> Bool {
        [.connectionError, .serverClosedConnection, .clientClosedConnection, .poolClosed, .uncleanShutdown,
         .sslUnsupported, .failedToAddSSLHandler].contains(code)
    }

    /// A message for client-side failures, which PSQLError's description deliberately hides.
    private static func clientMessage(_ error: PSQLError) -> String {
        var text = "PostgreSQL client error \(error.code)"
        if let underlying = error.underlying { text += ": \(underlying)" }
        return text
    }

    /// `Key (a, b)=(1, 2) already exists.` → ["a", "b"].
    private static func keyColumns(inDetail detail: String) -> [String] {
        guard detail.hasPrefix("Key ("), let close = detail.range(of: ")=(") else { return [] }
        let list = detail[detail.index(detail.startIndex, offsetBy: 5)..<close.lowerBound]
        return list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
