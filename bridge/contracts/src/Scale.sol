// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// The few SCALE encodings the light client needs: fixed-width little-endian integers.
library Scale {
    function encodeU32(uint32 value) internal pure returns (bytes4) {
        uint32 v = ((value & 0xFF00FF00) >> 8) | ((value & 0x00FF00FF) << 8);
        return bytes4((v >> 16) | (v << 16));
    }

    function encodeU64(uint64 value) internal pure returns (bytes8) {
        uint64 v = ((value & 0xFF00FF00FF00FF00) >> 8) | ((value & 0x00FF00FF00FF00FF) << 8);
        v = ((v & 0xFFFF0000FFFF0000) >> 16) | ((v & 0x0000FFFF0000FFFF) << 16);
        return bytes8((v >> 32) | (v << 32));
    }
}
