// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// Binary Merkle trees as Substrate's `binary-merkle-tree` crate builds them with keccak256:
/// leaves are hashed, pairs are hashed in order (left ‖ right), and the last node of a row
/// with an odd number of nodes is promoted to the row above unchanged.
library Merkle {
    error ProofTooShort();
    error ProofTooLong();
    error IndexOutOfRange();

    /// The root over `leafHashes` (already hashed); zero for none.
    function root(bytes32[] memory leafHashes) internal pure returns (bytes32) {
        uint256 width = leafHashes.length;
        if (width == 0) return bytes32(0);
        while (width > 1) {
            uint256 next = 0;
            for (uint256 i = 0; i < width; i += 2) {
                leafHashes[next] = i + 1 < width ? hashPair(leafHashes[i], leafHashes[i + 1]) : leafHashes[i];
                unchecked {
                    ++next;
                }
            }
            width = next;
        }
        return leafHashes[0];
    }

    /// The root that `proof` leads to from the leaf at `index` of a tree of `width` leaves.
    /// Every proof item must be used: a proof with items left over is refused.
    function rootFromProof(bytes32 leafHash, uint256 index, uint256 width, bytes32[] calldata proof)
        internal
        pure
        returns (bytes32)
    {
        if (index >= width) revert IndexOutOfRange();
        bytes32 node = leafHash;
        uint256 used = 0;
        while (width > 1) {
            bool promoted = index % 2 == 0 && index + 1 == width;
            if (!promoted) {
                if (used == proof.length) revert ProofTooShort();
                bytes32 sibling = proof[used];
                unchecked {
                    ++used;
                }
                node = index % 2 == 0 ? hashPair(node, sibling) : hashPair(sibling, node);
            }
            index /= 2;
            width = (width + 1) / 2;
        }
        if (used != proof.length) revert ProofTooLong();
        return node;
    }

    function hashPair(bytes32 left, bytes32 right) internal pure returns (bytes32 hash) {
        assembly ("memory-safe") {
            mstore(0x00, left)
            mstore(0x20, right)
            hash := keccak256(0x00, 0x40)
        }
    }
}
