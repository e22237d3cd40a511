/// A node of the URLconf tree.
indirect enum ConfNode: Sendable {
    /// An endpoint pattern: its element and leaf.
    case pattern(element: Int, leaf: Int)
    /// An include: its prefix element and children.
    case include(element: Int, children: [ConfNode])
}
