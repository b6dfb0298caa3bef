// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {ConsortLightClient} from "./ConsortLightClient.sol";
import {Merkle} from "./Merkle.sol";

/// The ERC-1400 mirror of one security issued on Consort. Its balances are the final balances
/// that the consortium committed to, and change only through a checkpoint proven against the
/// light client: the epoch's commitment is in an MMR leaf that a signed BEEFY commitment
/// covers, the asset's entry is in the epoch's Merkle tree, and the balance updates are every
/// leaf of the asset's changes in that epoch, in order. Epochs are applied in the order the
/// asset changed in, without gaps or repeats.
///
/// Ownership moves only on Consort, where compliance is enforced: the transfer functions of
/// ERC-20 and ERC-1400 exist so wallets and tools recognise the token, and revert with
/// TransfersHappenOnConsort; canTransfer and canTransferByPartition say so with a reason code.
contract ConsortSecurity {
    /// A change of one holder's balance of one partition, as the epoch committed it.
    struct BalanceUpdate {
        bytes32 partition;
        address holder;
        uint128 balance;
    }

    /// One asset's part of an epoch.
    struct AssetEntry {
        uint64 epoch;
        /// The epoch in which the asset last changed before this one (0: never).
        uint64 previousEpoch;
        uint32 changeCount;
        bytes32 changesRoot;
        bytes32 documentsHash;
        uint8 flags;
    }

    /// An epoch's commitment, the extra data of the MMR leaf.
    struct Epoch {
        uint64 number;
        uint32 closingBlock;
        uint32 assetCount;
        bytes32 assetsRoot;
    }

    /// A document as ERC-1643 names it.
    struct Document {
        bytes32 name;
        string uri;
        bytes32 contentHash;
        uint64 updatedAt;
    }

    struct Checkpoint {
        uint32 commitmentBlock;
        ConsortLightClient.MmrLeaf leaf;
        ConsortLightClient.MmrLeafProof leafProof;
        Epoch epoch;
        AssetEntry entry;
        uint32 entryIndex;
        bytes32[] entryProof;
        BalanceUpdate[] updates;
        /// The asset's documents, in ascending name order, when their hash changed; else none.
        Document[] documents;
    }

    struct StoredDocument {
        string uri;
        bytes32 contentHash;
        uint64 updatedAt;
    }

    uint8 public constant FLAG_CONTROLLABLE = 1;
    uint8 public constant FLAG_ISSUABLE = 2;
    uint8 public constant FLAG_HALTED = 4;

    bytes1 internal constant TRANSFER_FAILURE = 0x50;
    bytes1 internal constant INSUFFICIENT_BALANCE = 0x52;
    bytes1 internal constant TRANSFERS_HALTED = 0x54;
    bytes1 internal constant INVALID_RECEIVER = 0x57;
    /// The reason code canTransfer gives for a transfer that would otherwise pass.
    bytes32 public constant REASON_TRANSFER_ON_CONSORT = "consort:transfer-on-consort";

    ConsortLightClient public immutable lightClient;
    uint32 public immutable assetId;
    uint8 public immutable decimals;
    string public name;
    string public symbol;

    uint256 public totalSupply;
    /// The last epoch applied (0: none).
    uint64 public lastEpoch;
    uint8 public flags;
    bytes32 public documentsHash;

    bytes32[] private partitions;
    mapping(bytes32 => bool) private knownPartition;
    mapping(bytes32 => uint256) public totalSupplyByPartition;
    mapping(address => mapping(bytes32 => uint256)) private balances;
    bytes32[] private documentNames;
    mapping(bytes32 => StoredDocument) private documents;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event CheckpointApplied(uint64 indexed epoch, uint32 commitmentBlock, uint32 updates);
    event DocumentUpdated(bytes32 indexed name, string uri, bytes32 documentHash);
    event DocumentRemoved(bytes32 indexed name, string uri, bytes32 documentHash);

    error TransfersHappenOnConsort();
    error EpochOutOfOrder(uint64 lastApplied, uint64 previousOffered);
    error EpochNotNewer(uint64 lastApplied, uint64 offered);
    error EntryOfOtherEpoch();
    error LeafOfOtherEpoch();
    error LeafNotProven();
    error EntryNotProven();
    error WrongUpdateCount(uint32 expected, uint256 offered);
    error ChangesNotProven();
    error DocumentsNotProven();
    error DocumentsNotSorted();
    error DocumentsUnchanged();

    constructor(ConsortLightClient lightClient_, uint32 assetId_, string memory name_, string memory symbol_, uint8 decimals_) {
        lightClient = lightClient_;
        assetId = assetId_;
        name = name_;
        symbol = symbol_;
        decimals = decimals_;
        documentsHash = keccak256("");
    }

    /// Applies the asset's changes of one epoch, proven down from a signed commitment.
    function applyCheckpoint(Checkpoint calldata checkpoint) external {
        AssetEntry calldata entry = checkpoint.entry;
        if (entry.previousEpoch != lastEpoch) revert EpochOutOfOrder(lastEpoch, entry.previousEpoch);
        if (entry.epoch <= lastEpoch) revert EpochNotNewer(lastEpoch, entry.epoch);
        if (entry.epoch != checkpoint.epoch.number) revert EntryOfOtherEpoch();
        if (checkpoint.leaf.extra != epochCommitment(checkpoint.epoch)) revert LeafOfOtherEpoch();
        if (!lightClient.verifyLeaf(checkpoint.commitmentBlock, checkpoint.leaf, checkpoint.leafProof)) {
            revert LeafNotProven();
        }
        bytes32 entryRoot = Merkle.rootFromProof(
            entryHash(entry), checkpoint.entryIndex, checkpoint.epoch.assetCount, checkpoint.entryProof
        );
        if (entryRoot != checkpoint.epoch.assetsRoot) revert EntryNotProven();

        BalanceUpdate[] calldata updates = checkpoint.updates;
        if (updates.length != entry.changeCount) revert WrongUpdateCount(entry.changeCount, updates.length);
        bytes32[] memory leaves = new bytes32[](updates.length);
        for (uint256 i = 0; i < updates.length; ++i) {
            leaves[i] = balanceLeafHash(updates[i], entry.epoch);
        }
        if (Merkle.root(leaves) != entry.changesRoot) revert ChangesNotProven();

        lastEpoch = entry.epoch;
        flags = entry.flags;
        applyDocuments(entry.documentsHash, checkpoint.documents);
        uint256 supply = totalSupply;
        for (uint256 i = 0; i < updates.length; ++i) {
            supply = applyUpdate(updates[i], supply);
        }
        totalSupply = supply;
        emit CheckpointApplied(entry.epoch, checkpoint.commitmentBlock, entry.changeCount);
    }

    /// The MMR leaf's extra data for an epoch.
    function epochCommitment(Epoch calldata epoch) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(epoch.number, epoch.closingBlock, epoch.assetCount, epoch.assetsRoot));
    }

    /// The leaf of this asset's entry in an epoch's tree.
    function entryHash(AssetEntry calldata entry) public view returns (bytes32) {
        return keccak256(
            abi.encodePacked(
                assetId,
                entry.epoch,
                entry.previousEpoch,
                entry.changeCount,
                entry.changesRoot,
                entry.documentsHash,
                entry.flags
            )
        );
    }

    /// The leaf of one balance in the asset's changes of an epoch.
    function balanceLeafHash(BalanceUpdate calldata update, uint64 epoch) public view returns (bytes32) {
        return keccak256(abi.encodePacked(assetId, update.partition, update.holder, update.balance, epoch));
    }

    // ERC-20 and ERC-1410 reads.

    function balanceOf(address holder) external view returns (uint256) {
        return totalOf(holder);
    }

    function balanceOfByPartition(bytes32 partition, address holder) external view returns (uint256) {
        return balances[holder][partition];
    }

    /// The partitions `holder` has a balance in.
    function partitionsOf(address holder) external view returns (bytes32[] memory held) {
        uint256 count = 0;
        for (uint256 i = 0; i < partitions.length; ++i) {
            if (balances[holder][partitions[i]] != 0) ++count;
        }
        held = new bytes32[](count);
        count = 0;
        for (uint256 i = 0; i < partitions.length; ++i) {
            if (balances[holder][partitions[i]] != 0) held[count++] = partitions[i];
        }
    }

    /// Every partition the asset has had on this mirror.
    function totalPartitions() external view returns (bytes32[] memory) {
        return partitions;
    }

    function allowance(address, address) external pure returns (uint256) {
        return 0;
    }

    // ERC-1594 and ERC-1644 flags, as Consort reports them for the asset.

    function isControllable() external view returns (bool) {
        return flags & FLAG_CONTROLLABLE != 0;
    }

    function isIssuable() external view returns (bool) {
        return flags & FLAG_ISSUABLE != 0;
    }

    function canTransfer(address to, uint256 value, bytes calldata) external view returns (bytes1, bytes32) {
        return transferStatus(to, value, totalOf(msg.sender));
    }

    function canTransferByPartition(address from, address to, bytes32 partition, uint256 value, bytes calldata)
        external
        view
        returns (bytes1, bytes32, bytes32)
    {
        (bytes1 status, bytes32 reason) = transferStatus(to, value, balances[from][partition]);
        return (status, reason, partition);
    }

    // ERC-1643 documents.

    function getDocument(bytes32 documentName) external view returns (string memory, bytes32, uint256) {
        StoredDocument storage document = documents[documentName];
        return (document.uri, document.contentHash, document.updatedAt);
    }

    function getAllDocuments() external view returns (bytes32[] memory) {
        return documentNames;
    }

    // Transfers happen on Consort.

    function transfer(address, uint256) external pure returns (bool) {
        revert TransfersHappenOnConsort();
    }

    function transferFrom(address, address, uint256) external pure returns (bool) {
        revert TransfersHappenOnConsort();
    }

    function approve(address, uint256) external pure returns (bool) {
        revert TransfersHappenOnConsort();
    }

    function transferWithData(address, uint256, bytes calldata) external pure {
        revert TransfersHappenOnConsort();
    }

    function transferFromWithData(address, address, uint256, bytes calldata) external pure {
        revert TransfersHappenOnConsort();
    }

    function transferByPartition(bytes32, address, uint256, bytes calldata) external pure returns (bytes32) {
        revert TransfersHappenOnConsort();
    }

    function operatorTransferByPartition(bytes32, address, address, uint256, bytes calldata, bytes calldata)
        external
        pure
        returns (bytes32)
    {
        revert TransfersHappenOnConsort();
    }

    function isOperator(address, address) external pure returns (bool) {
        return false;
    }

    function isOperatorForPartition(bytes32, address, address) external pure returns (bool) {
        return false;
    }

    function totalOf(address holder) private view returns (uint256 total) {
        for (uint256 i = 0; i < partitions.length; ++i) {
            total += balances[holder][partitions[i]];
        }
    }

    function transferStatus(address to, uint256 value, uint256 balance) private view returns (bytes1, bytes32) {
        if (flags & FLAG_HALTED != 0) return (TRANSFERS_HALTED, bytes32(0));
        if (value > balance) return (INSUFFICIENT_BALANCE, bytes32(0));
        if (to == address(0)) return (INVALID_RECEIVER, bytes32(0));
        return (TRANSFER_FAILURE, REASON_TRANSFER_ON_CONSORT);
    }

    function applyUpdate(BalanceUpdate calldata update, uint256 supply) private returns (uint256) {
        if (!knownPartition[update.partition]) {
            knownPartition[update.partition] = true;
            partitions.push(update.partition);
        }
        uint256 previous = balances[update.holder][update.partition];
        uint256 next = update.balance;
        if (next == previous) return supply;
        balances[update.holder][update.partition] = next;
        if (next > previous) {
            totalSupplyByPartition[update.partition] += next - previous;
            emit Transfer(address(0), update.holder, next - previous);
            return supply + (next - previous);
        }
        totalSupplyByPartition[update.partition] -= previous - next;
        emit Transfer(update.holder, address(0), previous - next);
        return supply - (previous - next);
    }

    function applyDocuments(bytes32 committed, Document[] calldata offered) private {
        if (committed == documentsHash) {
            if (offered.length != 0) revert DocumentsUnchanged();
            return;
        }
        bytes memory hashes = new bytes(offered.length * 32);
        for (uint256 i = 0; i < offered.length; ++i) {
            if (i > 0 && offered[i].name <= offered[i - 1].name) revert DocumentsNotSorted();
            bytes32 documentHash = keccak256(
                abi.encodePacked(offered[i].name, offered[i].contentHash, offered[i].updatedAt, bytes(offered[i].uri))
            );
            assembly ("memory-safe") {
                mstore(add(add(hashes, 0x20), mul(i, 0x20)), documentHash)
            }
        }
        if (keccak256(hashes) != committed) revert DocumentsNotProven();
        documentsHash = committed;

        for (uint256 i = 0; i < documentNames.length; ++i) {
            StoredDocument storage removed = documents[documentNames[i]];
            emit DocumentRemoved(documentNames[i], removed.uri, removed.contentHash);
            delete documents[documentNames[i]];
        }
        delete documentNames;
        for (uint256 i = 0; i < offered.length; ++i) {
            Document calldata document = offered[i];
            documents[document.name] = StoredDocument(document.uri, document.contentHash, document.updatedAt);
            documentNames.push(document.name);
            emit DocumentUpdated(document.name, document.uri, document.contentHash);
        }
    }
}
