// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Merkle} from "./Merkle.sol";
import {Mmr} from "./Mmr.sol";
import {Scale} from "./Scale.sol";

/// A light client of the Consort consortium chain. It holds the current and the next BEEFY
/// validator set (id, size and the Merkle root of the validators' Ethereum addresses) and
/// accepts a commitment to a finalized block only when more than two thirds of the set that
/// signed it did so, each signature checked against an address proven to be in the set. The
/// MMR root of every accepted commitment is kept, so checkpoints can prove leaves against it.
/// Nothing the relayer says is trusted: it only carries data that the signatures cover.
contract ConsortLightClient {
    /// A validator set as BEEFY's MMR leaves describe it.
    struct ValidatorSet {
        uint64 id;
        uint32 len;
        bytes32 root;
    }

    /// The part of a BEEFY commitment that the light client needs: its payload is the MMR root
    /// alone (payload id "mh"), as Substrate's MmrRootProvider builds it.
    struct Commitment {
        uint32 blockNumber;
        uint64 validatorSetId;
        bytes32 mmrRoot;
    }

    /// One validator's signature of a commitment, with the proof that its address is the
    /// `index`-th of the set.
    struct ValidatorSignature {
        uint32 index;
        address account;
        uint8 v;
        bytes32 r;
        bytes32 s;
        bytes32[] proof;
    }

    /// An MMR leaf as pallet-beefy-mmr builds it, with 32 bytes of extra data.
    struct MmrLeaf {
        uint8 version;
        uint32 parentNumber;
        bytes32 parentHash;
        ValidatorSet nextAuthoritySet;
        bytes32 extra;
    }

    /// The proof of a leaf in the MMR of `leafCount` leaves.
    struct MmrLeafProof {
        uint64 leafIndex;
        uint64 leafCount;
        bytes32[] items;
    }

    /// The largest validator set this contract verifies (signers are tracked in one word).
    uint256 public constant MAX_VALIDATORS = 256;
    /// secp256k1's group order halved: signatures with a larger `s` are malleable copies.
    uint256 private constant HALF_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    ValidatorSet public currentSet;
    ValidatorSet public nextSet;
    /// The block of the newest accepted commitment.
    uint32 public latestBlock;
    /// The MMR root of each accepted commitment, by block.
    mapping(uint32 => bytes32) public mmrRootAt;

    event CommitmentAccepted(uint32 indexed blockNumber, uint64 indexed validatorSetId, bytes32 mmrRoot);
    event ValidatorSetChanged(uint64 indexed currentId, uint64 indexed nextId);

    error EmptyValidatorSet();
    error ValidatorSetTooLarge();
    error NextSetMustFollowCurrent();
    error EmptyMmrRoot();
    error StaleCommitment(uint32 latest, uint32 offered);
    error UnknownValidatorSet(uint64 id);
    error NotEnoughSignatures(uint256 signed, uint256 required);
    error ValidatorIndexOutOfRange(uint32 index);
    error DuplicateSigner(uint32 index);
    error NotInValidatorSet(uint32 index, address account);
    error BadSignature(uint32 index);
    error HandoverNeedsLeaf();
    error LeafNotInMmr();
    error WrongNextSet(uint64 expected, uint64 offered);
    error UnknownMmrRoot(uint32 blockNumber);

    constructor(ValidatorSet memory current, ValidatorSet memory next) {
        checkSet(current);
        checkSet(next);
        if (next.id != current.id + 1) revert NextSetMustFollowCurrent();
        currentSet = current;
        nextSet = next;
    }

    /// Accepts a commitment signed by the current set, or by the next one: then `leaf`, proven
    /// in the commitment's MMR, names the set after it and the sets move on by one.
    function submitCommitment(
        Commitment calldata commitment,
        ValidatorSignature[] calldata signatures,
        MmrLeaf calldata leaf,
        MmrLeafProof calldata leafProof
    ) external {
        if (commitment.mmrRoot == bytes32(0)) revert EmptyMmrRoot();
        if (commitment.blockNumber <= latestBlock) revert StaleCommitment(latestBlock, commitment.blockNumber);
        bool handover = commitment.validatorSetId == nextSet.id;
        if (!handover && commitment.validatorSetId != currentSet.id) {
            revert UnknownValidatorSet(commitment.validatorSetId);
        }
        ValidatorSet memory signers = handover ? nextSet : currentSet;
        checkSignatures(signers, commitmentHash(commitment), signatures);

        if (handover) {
            if (leafProof.leafCount == 0) revert HandoverNeedsLeaf();
            bytes32 computed = Mmr.root(leafHash(leaf), leafProof.leafIndex, leafProof.leafCount, leafProof.items);
            if (computed != commitment.mmrRoot) revert LeafNotInMmr();
            if (leaf.nextAuthoritySet.id != signers.id + 1) {
                revert WrongNextSet(signers.id + 1, leaf.nextAuthoritySet.id);
            }
            checkSet(leaf.nextAuthoritySet);
            currentSet = signers;
            nextSet = leaf.nextAuthoritySet;
            emit ValidatorSetChanged(signers.id, leaf.nextAuthoritySet.id);
        }

        latestBlock = commitment.blockNumber;
        mmrRootAt[commitment.blockNumber] = commitment.mmrRoot;
        emit CommitmentAccepted(commitment.blockNumber, commitment.validatorSetId, commitment.mmrRoot);
    }

    /// Whether `leaf` is in the MMR that the commitment at `blockNumber` signed. Reverts with
    /// UnknownMmrRoot when no commitment was accepted at that block.
    function verifyLeaf(uint32 blockNumber, MmrLeaf calldata leaf, MmrLeafProof calldata proof)
        external
        view
        returns (bool)
    {
        bytes32 expected = mmrRootAt[blockNumber];
        if (expected == bytes32(0)) revert UnknownMmrRoot(blockNumber);
        return Mmr.root(leafHash(leaf), proof.leafIndex, proof.leafCount, proof.items) == expected;
    }

    /// keccak256 of the SCALE encoding of the commitment: what each validator signs.
    function commitmentHash(Commitment calldata commitment) public pure returns (bytes32) {
        return keccak256(
            abi.encodePacked(
                bytes1(0x04), // one payload item
                bytes2("mh"),
                bytes1(0x80), // 32 bytes follow
                commitment.mmrRoot,
                Scale.encodeU32(commitment.blockNumber),
                Scale.encodeU64(commitment.validatorSetId)
            )
        );
    }

    /// keccak256 of the SCALE encoding of an MMR leaf: the MMR's leaf node.
    function leafHash(MmrLeaf calldata leaf) public pure returns (bytes32) {
        return keccak256(
            abi.encodePacked(
                leaf.version,
                Scale.encodeU32(leaf.parentNumber),
                leaf.parentHash,
                Scale.encodeU64(leaf.nextAuthoritySet.id),
                Scale.encodeU32(leaf.nextAuthoritySet.len),
                leaf.nextAuthoritySet.root,
                leaf.extra
            )
        );
    }

    function checkSignatures(ValidatorSet memory set, bytes32 digest, ValidatorSignature[] calldata signatures)
        private
        pure
    {
        // Strictly more than two thirds of the set.
        uint256 required = (uint256(set.len) * 2) / 3 + 1;
        if (signatures.length < required) revert NotEnoughSignatures(signatures.length, required);
        uint256 seen = 0;
        for (uint256 i = 0; i < signatures.length; ++i) {
            ValidatorSignature calldata signature = signatures[i];
            if (signature.index >= set.len) revert ValidatorIndexOutOfRange(signature.index);
            uint256 bit = uint256(1) << signature.index;
            if (seen & bit != 0) revert DuplicateSigner(signature.index);
            seen |= bit;
            bytes32 addressLeaf = keccak256(abi.encodePacked(signature.account));
            if (Merkle.rootFromProof(addressLeaf, signature.index, set.len, signature.proof) != set.root) {
                revert NotInValidatorSet(signature.index, signature.account);
            }
            if (uint256(signature.s) > HALF_ORDER || signature.v > 1) revert BadSignature(signature.index);
            address recovered = ecrecover(digest, signature.v + 27, signature.r, signature.s);
            if (recovered == address(0) || recovered != signature.account) revert BadSignature(signature.index);
        }
    }

    function checkSet(ValidatorSet memory set) private pure {
        if (set.len == 0 || set.root == bytes32(0)) revert EmptyValidatorSet();
        if (set.len > MAX_VALIDATORS) revert ValidatorSetTooLarge();
    }
}
