// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Merkle} from "./Merkle.sol";

/// Merkle Mountain Range proofs of one leaf, as Substrate's pallet-mmr (the ckb MMR with
/// keccak256) generates them: first the roots of the peaks left of the leaf's peak, then the
/// leaf's path up its peak from the bottom, then one item for everything right of it (a single
/// peak, or the peaks bagged). Peaks are bagged from the right as keccak(right ‖ left).
library Mmr {
    error LeafIndexOutOfRange();
    error WrongProofLength();

    /// The MMR root of `leafCount` leaves that the proof of `leafHash` at `leafIndex` leads to.
    function root(bytes32 leafHash, uint64 leafIndex, uint64 leafCount, bytes32[] calldata items)
        internal
        pure
        returns (bytes32)
    {
        if (leafIndex >= leafCount) revert LeafIndexOutOfRange();
        // The peaks are the set bits of leafCount, the highest first: find the leaf's.
        uint256 offset = 0;
        uint256 leftPeaks = 0;
        uint256 height = 0;
        for (uint256 bit = 64; bit > 0; --bit) {
            uint256 size = uint256(1) << (bit - 1);
            if (leafCount & size == 0) continue;
            if (leafIndex < offset + size) {
                height = bit - 1;
                break;
            }
            offset += size;
            ++leftPeaks;
        }
        bool hasRight = leafCount & ((uint256(1) << height) - 1) != 0;
        if (items.length != leftPeaks + height + (hasRight ? 1 : 0)) revert WrongProofLength();

        bytes32 node = leafHash;
        uint256 position = leafIndex - offset;
        for (uint256 level = 0; level < height; ++level) {
            bytes32 sibling = items[leftPeaks + level];
            node = (position >> level) & 1 == 0 ? Merkle.hashPair(node, sibling) : Merkle.hashPair(sibling, node);
        }
        if (hasRight) node = Merkle.hashPair(items[items.length - 1], node);
        for (uint256 peak = leftPeaks; peak > 0; --peak) {
            node = Merkle.hashPair(node, items[peak - 1]);
        }
        return node;
    }
}
