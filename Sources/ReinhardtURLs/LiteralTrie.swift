/// A radix tree of the literal text routes start with, so resolving looks only at routes whose
/// leading text is a prefix of the path instead of trying every pattern.
///
/// Each leaf is stored at the node spelling its literal prefix (everything before its first
/// converter or regex construct, across include prefixes). Walking the path's bytes visits the nodes
/// for each of the path's prefixes; their leaves, merged in declaration order, are the only routes
/// that can match — Django's first-match order is kept by trying them in that order.
struct LiteralTrie: Sendable {
    /// A node: the bytes on the edge into it, its children and the leaves stored at it.
    struct Node: Sendable {
        var label: [UInt8]
        var children: [Int] = []
        var firstBytes: [UInt8] = []
        var leaves: [Int] = []
    }

    private(set) var nodes: [Node] = [Node(label: [])]

    /// Stores `leaf` under `key`. Leaves must be inserted in declaration order.
    mutating func insert(_ key: [UInt8], leaf: Int) {
        var node = 0
        var position = 0
        while position < key.count {
            guard let child = child(of: node, startingWith: key[position]) else {
                node = addChild(to: node, label: Array(key[position...]))
                position = key.count
                break
            }
            let label = nodes[child].label
            let common = commonPrefixLength(label, key, from: position)
            if common < label.count { split(child, at: common, under: node) }
            node = self.child(of: node, startingWith: key[position])!
            position += common
        }
        nodes[node].leaves.append(leaf)
    }

    private func child(of node: Int, startingWith byte: UInt8) -> Int? {
        let firstBytes = nodes[node].firstBytes
        var low = 0
        var high = firstBytes.count
        while low < high {
            let middle = (low + high) / 2
            if firstBytes[middle] < byte { low = middle + 1 } else { high = middle }
        }
        return low < firstBytes.count && firstBytes[low] == byte ? nodes[node].children[low] : nil
    }

    private mutating func addChild(to parent: Int, label: [UInt8]) -> Int {
        let index = nodes.count
        nodes.append(Node(label: label))
        let slot = nodes[parent].firstBytes.firstIndex { $0 > label[0] } ?? nodes[parent].firstBytes.count
        nodes[parent].firstBytes.insert(label[0], at: slot)
        nodes[parent].children.insert(index, at: slot)
        return index
    }

    /// Splits `child`'s edge after `length` bytes, inserting a middle node under `parent`.
    private mutating func split(_ child: Int, at length: Int, under parent: Int) {
        let label = nodes[child].label
        let middle = nodes.count
        nodes.append(Node(label: Array(label[..<length]), children: [child], firstBytes: [label[length]]))
        nodes[child].label = Array(label[length...])
        let slot = nodes[parent].children.firstIndex(of: child)!
        nodes[parent].children[slot] = middle
    }

    private func commonPrefixLength(_ label: [UInt8], _ key: [UInt8], from start: Int) -> Int {
        var length = 0
        while length < label.count, start + length < key.count, label[length] == key[start + length] {
            length += 1
        }
        return length
    }

    /// Computes, for every node, the leaves stored at it or at any ancestor, in declaration order:
    /// the candidates for a path whose walk ends at that node. Call once, after the last insert.
    mutating func finish() {
        candidateLists = [nodes[0].leaves]
        listOfNode = [Int](repeating: 0, count: nodes.count)
        for child in nodes[0].children {
            finish(node: child, inheritedList: 0)
        }
    }

    /// Candidate lists, shared by nodes that add no leaves of their own.
    private(set) var candidateLists: [[Int]] = [[]]
    private var listOfNode: [Int] = [0]

    private mutating func finish(node: Int, inheritedList: Int) {
        var list = inheritedList
        if !nodes[node].leaves.isEmpty {
            candidateLists.append(Self.merge(candidateLists[inheritedList], nodes[node].leaves))
            list = candidateLists.count - 1
        }
        listOfNode[node] = list
        for child in nodes[node].children {
            finish(node: child, inheritedList: list)
        }
    }

    private static func merge(_ first: [Int], _ second: [Int]) -> [Int] {
        var merged: [Int] = []
        merged.reserveCapacity(first.count + second.count)
        var (i, j) = (0, 0)
        while i < first.count || j < second.count {
            if j == second.count || (i < first.count && first[i] < second[j]) {
                merged.append(first[i]); i += 1
            } else {
                merged.append(second[j]); j += 1
            }
        }
        return merged
    }

    /// The leaves that may match the input from `start`, in declaration order: those stored at the
    /// deepest node whose text prefixes the input, and at its ancestors.
    func candidates(_ input: PathInput, from start: Int) -> [Int] {
        var node = 0
        var position = start
        while position < input.count, let next = child(of: node, startingWith: input.bytes[position]) {
            let label = nodes[next].label
            guard input.hasLiteral(label, at: position) else { break }
            position += label.count
            node = next
        }
        return candidateLists[listOfNode[node]]
    }
}
