/// The innermost open ``Transaction`` of each ``Database`` in the current task, so that code
/// holding only the database (`db.query`) runs on the transaction's connection.
enum TransactionContext {
    @TaskLocal static var active: [ObjectIdentifier: Transaction] = [:]
}
