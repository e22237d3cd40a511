/// A parsed form body: Django's `request.POST` and `request.FILES` together.
public struct FormData: Sendable {
    /// The text fields, in the order they came.
    public var fields: QueryDict
    /// The uploaded files by field name, in the order they came.
    public var files: [(field: String, file: UploadedFile)]

    /// An empty form.
    public init(fields: QueryDict = QueryDict(), files: [(field: String, file: UploadedFile)] = []) {
        self.fields = fields
        self.files = files
    }

    /// The last file uploaded under `field` (Django's `request.FILES[field]`).
    public func file(_ field: String) -> UploadedFile? { files.last { $0.field == field }?.file }

    /// Every file uploaded under `field` (Django's `request.FILES.getlist(field)`).
    public func files(_ field: String) -> [UploadedFile] { files.filter { $0.field == field }.map(\.file) }
}
