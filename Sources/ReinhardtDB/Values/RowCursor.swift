/// The rows of one statement's result, read one at a time: what ``Model/decodeRows(_:)`` walks to
/// decode a query's models.
///
/// On SQLite the cursor steps the statement and its ``RowReader`` reads each row in place; on the
/// other backends it walks the ``Row``s the statement returned. A cursor is valid only inside the
/// call it is lent to.
public struct RowCursor {
    /// The current row, valid until the next ``advance()``.
    @usableFromInline private(set) var reader: RowReader
    /// The statement stepped in place, when the backend reads its rows so (SQLite).
    private let statement: SQLitePreparedStatement?
    /// The rows walked otherwise.
    private let rows: [Row]
    private var nextIndex = 0
    /// The model whose decimals are quantized to their fields' places as they are read.
    private var quantizedSchema: ModelSchema?

    /// Walks `rows`.
    init(rows: [Row]) {
        reader = RowReader(Row(columns: [], values: []))
        statement = nil
        self.rows = rows
    }

    /// Steps `statement`, already bound, reading each row in place.
    init(statement: SQLitePreparedStatement) {
        reader = RowReader(Row(columns: [], values: []))
        self.statement = statement
        rows = []
    }

    /// Reads each row's decimal columns quantized to the places of `schema`'s fields (see
    /// ``FieldValues/quantized(_:for:)``); call before the first row.
    mutating func quantizeDecimals(of schema: ModelSchema) {
        quantizedSchema = schema
    }

    /// Moves to the next row: true on a row, false after the last.
    @usableFromInline
    mutating func advance() throws -> Bool {
        if let statement {
            guard try statement.step() else { return false }
            // The statement's row is read in place, so one reader serves every row; it is made
            // after the first step, which is when SQLite recompiles a statement after a schema change.
            if nextIndex == 0 {
                statement.refreshColumnsIfRecompiled()
                reader = readable(RowReader(SQLiteRow(statement: statement)))
                nextIndex = 1
            }
            return true
        }
        guard nextIndex < rows.count else { return false }
        reader = readable(RowReader(rows[nextIndex]))
        nextIndex += 1
        return true
    }

    private func readable(_ reader: RowReader) -> RowReader {
        quantizedSchema.map(reader.quantizingDecimals(of:)) ?? reader
    }

    /// Every remaining row, decoded with `decode`. Inlinable, so that the loop is compiled where
    /// `Value` is known (a model's ``Model/decodeRows(_:)``) rather than for any value.
    @inlinable
    public mutating func collect<Value>(_ decode: (borrowing RowReader) throws -> Value) throws -> [Value] {
        var values: [Value] = []
        while try advance() {
            values.append(try decode(reader))
        }
        return values
    }
}
