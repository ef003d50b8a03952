#!/usr/bin/env python3
"""Writes the starting corpus of the fuzz targets (tests/fuzz/corpus/<target>/seed-*).

Small, valid files of each format, so that the fuzzer starts from inputs that get past the
first checks. Run from anywhere; needs only the Python standard library (torch.save's
pickle is written with stand-in classes that pickle under torch's names). The corpus also
holds every input a fuzzer once found a fault with (named after the fault), which this
script leaves alone.
"""
import collections
import io
import json
import pathlib
import pickle
import re
import sqlite3
import struct
import sys
import tempfile
import types
import wave
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
FIXTURES = HERE.parent / "fixtures"


def write(target, name, data):
    path = CORPUS / target / f"seed-{name}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def safetensors(tensors, metadata=None):
    """tensors: [(name, dtype, shape, raw bytes)] -> the file's bytes."""
    header, data = {}, b""
    for name, dtype, shape, raw in tensors:
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [len(data), len(data) + len(raw)]}
        data += raw
    if metadata:
        header["__metadata__"] = metadata
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    return struct.pack("<Q", len(text)) + text + data


# torch.save's pickle names torch._utils._rebuild_tensor_v2 and torch.FloatStorage: stand-ins
# registered under those names let the standard pickler write them without torch.
torch = types.ModuleType("torch")
torch_utils = types.ModuleType("torch._utils")


class FloatStorage:
    pass


def _rebuild_tensor_v2(*args):
    raise NotImplementedError


FloatStorage.__module__ = "torch"
_rebuild_tensor_v2.__module__ = "torch._utils"
torch.FloatStorage = FloatStorage
torch._utils = torch_utils
torch_utils._rebuild_tensor_v2 = _rebuild_tensor_v2
sys.modules["torch"] = torch
sys.modules["torch._utils"] = torch_utils


class Storage:
    def __init__(self, key, values):
        self.key, self.values = key, values


class Tensor:
    def __init__(self, storage, shape):
        self.storage, self.shape = storage, shape

    def __reduce__(self):
        stride, step = [], 1
        for n in reversed(self.shape):
            stride.insert(0, step)
            step *= n
        return (_rebuild_tensor_v2,
                (self.storage, 0, tuple(self.shape), tuple(stride), False, collections.OrderedDict()))


class TorchPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Storage):
            return ("storage", FloatStorage, obj.key, "cpu", len(obj.values))
        return None


def torch_save(archive, state):
    """A stored zip laid out like torch.save's: <archive>/data.pkl, data/<key>, version."""
    storages = {}
    for tensor in state.values():
        storages[tensor.storage.key] = tensor.storage
    pkl = io.BytesIO()
    TorchPickler(pkl, protocol=2).dump(state)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        def add(name, data):  # a fixed date, so that the seeds are the same on every run
            z.writestr(zipfile.ZipInfo(f"{archive}/{name}", date_time=(2026, 1, 1, 0, 0, 0)), data)
        add("data.pkl", pkl.getvalue())
        add("byteorder", "little")
        for key, storage in storages.items():
            add(f"data/{key}", struct.pack(f"<{len(storage.values)}f", *storage.values))
        add("version", "3\n")
    return pkl.getvalue(), out.getvalue()


def main():
    f32 = struct.pack("<6f", 1, 2, 3, 4, 5, 6)
    small = safetensors([
        ("layer.weight", "F32", [2, 3], f32),
        ("layer.bias", "F16", [2], struct.pack("<2e", 0.5, -1.0)),
        ("scale", "BF16", [], b"\x80\x3f"),
        ("steps", "I64", [1], struct.pack("<q", 7)),
        ("empty", "F32", [0], b""),
    ], {"format": "pt", "note": "fuzz seed"})
    write("safetensors", "small.safetensors", small)
    write("checkpoint", "small.safetensors", small)

    state = collections.OrderedDict()
    state["embed.weight"] = Tensor(Storage("0", [0.25] * 6), [3, 2])
    state["embed.bias"] = Tensor(Storage("1", [1.0, -1.0]), [2])
    pkl, zipped = torch_save("tiny", state)
    write("torch_pickle", "state_dict.pkl", pkl)
    write("torch_zip", "tiny.pt", zipped)
    write("checkpoint", "tiny.pt", zipped)
    write("codec_file", "tiny.pt", zipped)
    write("codec_file", "small.safetensors", small)

    # The tiny Vocos config.yaml of the fixtures, and the published model's settings as the
    # JSON a converted file stores (its "vocos_config" metadata).
    write("vocos_config", "config.yaml", (FIXTURES / "codec" / "vocos_tiny_config.yaml").read_bytes())
    write("vocos_config", "stored.json", json.dumps({
        "bandwidths": [1.5, 3.0, 6.0, 12.0], "bins": 1024, "table_codebooks": 16, "input_channels": 128,
        "dim": 384, "intermediate_dim": 1152, "num_layers": 8, "adanorm_num_embeddings": 4,
        "n_fft": 1280, "hop_length": 320, "padding": "same"}).encode())

    # The real tokenizer files of the fixtures, once alone (the target encodes its own text)
    # and once followed by a text of its own.
    text = (FIXTURES / "mars5" / "texttok.model").read_bytes()
    speech = (FIXTURES / "mars5" / "speechtok.model").read_bytes()
    write("tokenizer", "texttok.model", text)
    write("tokenizer", "speechtok.model", speech)
    write("tokenizer", "texttok-with-text", text + b"\0" + "Ça va? <|endoftext|>\n\t42 ünïcode 😀".encode())

    write("rating_csv", "judgements.csv", (
        "session_uuid,session,rater,trial,item,left_id,right_id,left_file,right_file,choice,strength,"
        "time_ms,replays_a,replays_b,comment,presented_at,answered_at,winner\r\n"
        "u1,Session 1,ann,0,item 1,gen,gt,a.wav,b.wav,A,-2,1500,1,2,\"says \"\"hi\"\", twice\","
        "2026-12-01T10:00:00Z,2026-12-01T10:00:02Z,gen\r\n"
        "u1,Session 1,ann,1,item 2,gt,gen,c.wav,d.wav,tie,,900,0,0,,,,\r\n").encode())
    # Short WAVs: 16-bit mono at 16 kHz, and 32-bit float stereo at 48 kHz (written by hand:
    # the wave module writes PCM only).
    pcm = io.BytesIO()
    with wave.open(pcm, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(struct.pack("<160h", *[(i * 397) % 20000 - 10000 for i in range(160)]))
    write("audio", "pcm16-mono-16k.wav", pcm.getvalue())
    frames = struct.pack("<96f", *[((i * 7) % 13 - 6) / 8.0 for i in range(96)])
    fmt = struct.pack("<HHIIHH", 3, 2, 48000, 48000 * 8, 8, 32)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(frames)) + frames
    write("audio", "float-stereo-48k.wav", b"RIFF" + struct.pack("<I", len(body)) + body)

    write("rating_csv", "minimal.csv", b"item,left_id,right_id,choice\nx,a,b,B\ny,b,a,left\n")

    # Settings presets as the studio saves them: one with every kind of field, one minimal.
    write("preset", "full.json", json.dumps({
        "format": "mars5-studio-preset", "version": 1, "name": "Warm narrator",
        "config": {"temperature": 0.7, "top_k": 100, "top_p": 0.2, "freq_penalty": 3, "deep_clone": True,
                   "rep_penalty_window": 100, "nar_steps": 200, "seed": 9007199254740991}}, indent=4).encode())
    write("preset", "minimal.json", b'{"format":"mars5-studio-preset","config":{}}')

    # A take's record (takes/<uuid>/take.json) as the take store writes it: one with every
    # column and a seed above 2^53 (written as a string), one with only the required columns.
    record = {
        "mars5_studio_take": 1, "id": 12, "uuid": "0f8fad5b-d9cb-469f-a165-70867728950e",
        "created_at": "2026-12-07T10:11:12.345Z", "name": "Keeper", "starred": 1, "deleted": 0,
        "status": "finished", "text": "Hello there.", "transcript": "reference words", "deep_clone": 1,
        "preset": "Warm", "config": {"temperature": 0.55, "top_k": 64, "deep_clone": True},
        "seed": "1152921504606846977", "reference_name": "speaker.wav", "reference_file": "/voices/speaker.wav",
        "reference_file_sha256": "ab12", "reference_audio_sha256": "0" * 64, "reference_edited": 0,
        "reference_rate": 16000, "reference_samples": 3200,
        "models": {"device": "cpu", "dtype": "float32", "MARS5 AR": {"file": "/models/ar.safetensors", "sha256": None}},
        "timings": {"ar_s": 0.2, "nar_s": 0.3, "total_s": 0.66, "wall_s": 0.7},
        "run": {"ar_tokens": 21, "expected_tokens": 25, "ar_stop": "EOS", "warnings": ["a warning"]},
        "sample_rate": 24000, "samples": 4800, "reference_frames": 5, "snapshot_t": "4,3,2,1", "variation_group": "g1",
        "note": "the warmest so far"}
    write("take_record", "full.json", json.dumps(record, indent=4).encode())
    minimal = {k: v for k, v in record.items() if k not in ("id", "name", "starred", "deleted", "variation_group", "note")}
    minimal["seed"] = 7
    write("take_record", "minimal.json", json.dumps(minimal).encode())

    # Ratings to import: the CSV seeds above, and a session exported as JSON (one judged
    # trial, one not), as RatingStore::exportJson writes it.
    write("rating_import", "judgements.csv", (CORPUS / "rating_csv" / "seed-judgements.csv").read_bytes())
    write("rating_import", "minimal.csv", (CORPUS / "rating_csv" / "seed-minimal.csv").read_bytes())
    write("rating_import", "session.json", json.dumps({
        "format": "mars5-rating-session", "version": 1,
        "session": {"uuid": "0f8fad5b-d9cb-469f-a165-70867728950e", "name": "Session 1", "rater": "ann",
                    "source_kind": "folders", "source_description": "gen vs gt", "seed": "18446744073709551615",
                    "allow_tie": True, "use_strength": True, "loudness_target_lufs": -23.0,
                    "created_at": "2026-12-01T10:00:00.000Z"},
        "trials": [
            {"position": 0, "item": "item 1", "transcript": "Hello.", "system_a": "gen", "file_a": "a.wav",
             "system_b": "gt", "file_b": "b.wav", "swapped": False,
             "judgement": {"choice": "A", "strength": 2, "time_ms": 1500, "replays_a": 1, "replays_b": 0,
                           "comment": "clear", "presented_at": "2026-12-01T10:00:00.000Z",
                           "answered_at": "2026-12-01T10:00:01.500Z"}},
            {"position": 1, "item": "item 2", "transcript": "", "system_a": "gt", "file_a": "c.wav",
             "system_b": "gen", "file_b": "d.wav", "swapped": True, "judgement": None}]}, indent=4).encode())
    # The same kind of file at its smallest, compact: short inputs are what the fuzzer mutates best.
    write("rating_import", "session-compact.json", json.dumps({
        "format": "mars5-rating-session", "session": {"uuid": "u", "name": "s", "seed": "1"},
        "trials": [{"position": 0, "item": "i", "system_a": "a", "system_b": "b",
                    "judgement": {"choice": "tie", "strength": 0, "time_ms": 1, "replays_a": 1, "replays_b": 2}}]},
        separators=(",", ":")).encode())

    # A ratings database as the studio writes it: the session above, its two trials and the
    # one judgement, in the tables of core's schema header (read from it, so the seed follows
    # the schema); 512-byte pages keep it under fuzz.sh's 8192-byte inputs.
    write("rating_database", "session.sqlite", ratings_database())
    # Two sessions, ties and strengths, an unjudged trial, and the file in WAL mode as the
    # studio leaves it (the header says so; there is no -wal file beside a seed).
    write("rating_database", "two-sessions-wal.sqlite", ratings_database(second_session=True, wal=True))
    # The session above with its second judgement only in the -wal beside it, as a studio killed
    # after that judgement leaves the files: the target's two-file input (splitPendingWal).
    write("rating_database", "pending-wal.m5wal", ratings_database_with_pending_wal())

    # A takes history as the studio writes it (take_store.cpp's migrations, read from it so the
    # seed follows the schema): a named, starred take with a note; a deleted one sharing its reference; a
    # take of an "N takes" run with a seed above 2^63. Its WAL form, and the same with a rename
    # only in the -wal beside it.
    write("take_database", "history.sqlite", takes_database())
    write("take_database", "history-wal.sqlite", takes_database(wal=True))
    write("take_database", "pending-wal.m5wal", takes_database_with_pending_wal())


def takes_schema():
    source = (HERE.parents[1] / "ui" / "takes" / "take_store.cpp").read_text()
    block = source[source.index("migrations() {"):source.index("return list;", source.index("migrations() {"))]
    block = re.sub(r"//[^\n]*", "", block)
    statements = []
    for literal in re.findall(r'QStringLiteral\(((?:\s*"(?:[^"\\]|\\.)*")+)\s*\)', block):
        statements.append("".join(re.findall(r'"((?:[^"\\]|\\.)*)"', literal)))
    return statements, len(re.findall(r"//\s*\d+ -> \d+", source[source.index("migrations() {"):]))


def takes_database(wal=False):
    statements, version = takes_schema()
    reference = "7" * 64
    config = '{"format":"mars5-studio-preset","version":1,"config":{"temperature":0.55,"top_k":64,"deep_clone":true}}'
    # Short JSON columns: fuzz.sh's inputs are at most 8192 bytes, the -wal form included.
    models = '{"device":"cpu","MARS5 AR":{"file":"ar.safetensors"}}'
    timings = '{"total_s":0.66}'
    run = '{"ar_tokens":21,"ar_stop":"EOS"}'
    takes = [
        (1, "0f8fad5b-d9cb-469f-a165-70867728950e", "2026-12-07T10:11:12.345Z", "Keeper", 1, 0, "Hello there.", 7, ""),
        (2, "c9bf9e57-1685-4c89-bafb-ff5af830be8a", "2026-12-07T10:12:00.000Z", "", 0, 1, "Gone.", 8, ""),
        (3, "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "2026-12-07T10:13:30.500Z", "", 0, 0, "Again, warmer.", -5, "g1"),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "takes.sqlite"
        db = new_database(path, statements)
        db.execute(f"PRAGMA user_version={version}")
        for id_, uuid, created, name, starred, deleted, text, seed, group in takes:
            db.execute("INSERT INTO takes VALUES (?, ?, ?, ?, ?, ?, 'finished', ?, 'reference words', 1, 'Warm', ?, ?,"
                       " 'speaker.wav', '/voices/speaker.wav', 'ab12', ?, 0, 16000, 3200, ?, ?, ?, 24000, 4800, 5,"
                       " '4,3,2,1', ?" + (", ?" if version >= 3 else "") + ")",
                       (id_, uuid, created, name, starred, deleted, text, config, seed, reference, models, timings, run, group)
                       + (("warm" if starred else "",) if version >= 3 else ()))
        return closed_database(db, path, wal)


def takes_database_with_pending_wal():
    return with_pending_wal(takes_database(wal=True), "UPDATE takes SET name = 'Renamed', starred = 1 WHERE id = 3")


def new_database(path, statements):
    """A database at `path` with `statements` run: 512-byte pages keep a seed under fuzz.sh's
    8192-byte inputs."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA page_size=512")
    db.execute("PRAGMA journal_mode=DELETE")
    for statement in statements:
        db.execute(statement)
    return db


def closed_database(db, path, wal):
    """Commits, compacts and closes `db` (at `path`), in WAL mode if `wal`; the file's bytes."""
    db.commit()
    db.execute("VACUUM")
    if wal:
        db.execute("PRAGMA journal_mode=WAL")
    db.close()
    return path.read_bytes()


def with_pending_wal(database, change):
    """A WAL-mode `database` with `change` only in the -wal beside it, as a studio killed after
    that change leaves the files: the targets' two-file input (M5WAL)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "database.sqlite"
        path.write_bytes(database)
        db = sqlite3.connect(path)
        db.execute("PRAGMA wal_autocheckpoint=0")
        db.execute(change)
        db.commit()
        main, wal = path.read_bytes(), pathlib.Path(str(path) + "-wal").read_bytes()
        db.close()
    return b"M5WAL\n" + struct.pack("<I", len(main)) + main + wal_with_fixed_salts(wal)


def ratings_database(second_session=False, wal=False):
    header = (HERE.parents[1] / "core" / "include" / "mars5" / "rating_schema.h").read_text()
    version = int(re.search(r"kVersion = (\d+);", header).group(1))
    application_id = int(re.search(r"kApplicationId = (0x[0-9a-fA-F]+);", header).group(1), 16)
    block = re.search(r"kCreateStatements\[\] = \{(.*?)\n\};", header, re.S).group(1)
    block = re.sub(r"//[^\n]*", "", block)
    # Each element is adjacent string literals; elements are separated by commas between them.
    statements = ["".join(re.findall(r'"((?:[^"\\]|\\.)*)"', element))
                  for element in re.split(r'(?<=")\s*,\s*(?=")', block)]
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "ratings.sqlite"
        db = new_database(path, statements)
        db.execute(f"PRAGMA application_id={application_id}")
        db.execute(f"PRAGMA user_version={version}")
        db.execute("INSERT INTO sessions VALUES (1, '0f8fad5b-d9cb-469f-a165-70867728950e', 'Session 1', 'ann', 'folders',"
                   " 'gen vs gt', -1, 1, 1, -23.0, '2026-12-01T10:00:00.000Z')")
        db.execute("INSERT INTO trials VALUES (1, 1, 0, 'item 1', 'Hello.', 'gen', 'a.wav', 'gt', 'b.wav', 0)")
        db.execute("INSERT INTO trials VALUES (2, 1, 1, 'item 2', '', 'gt', 'c.wav', 'gen', 'd.wav', 1)")
        db.execute("INSERT INTO judgements VALUES (1, 1, 'A', 2, 1500, 1, 0, 'clear', '2026-12-01T10:00:00.000Z',"
                   " '2026-12-01T10:00:01.500Z')")
        if second_session:
            db.execute("INSERT INTO sessions VALUES (2, 'c9bf9e57-1685-4c89-bafb-ff5af830be8a', 'Session 2', 'bo', 'dataset',"
                       " 'ljspeech vs takes', 7, 1, 0, -16.0, '2026-12-02T09:30:00.000Z')")
            for trial, (position, swapped) in enumerate([(0, 1), (1, 0), (2, 1)], start=3):
                db.execute("INSERT INTO trials VALUES (?, 2, ?, ?, 'Printing, in the only sense.', 'takes', ?, 'ljspeech',"
                           " ?, ?)", (trial, position, f"LJ001-000{position + 1}", f"t{position}.wav",
                                      f"LJ001-000{position + 1}.wav", swapped))
            db.execute("INSERT INTO judgements VALUES (2, 3, 'tie', NULL, 800, 2, 2, '', '2026-12-02T09:31:00.000Z',"
                       " '2026-12-02T09:31:00.800Z')")
            db.execute("INSERT INTO judgements VALUES (3, 4, 'B', -3, 65000, 4, 1, 'the \"r\" is off', "
                       "'2026-12-02T09:32:00.000Z', '2026-12-02T09:33:05.000Z')")
        return closed_database(db, path, wal)


def ratings_database_with_pending_wal():
    return with_pending_wal(ratings_database(wal=True),
                            "INSERT INTO judgements VALUES (2, 2, 'tie', NULL, 900, 1, 1, '', '2026-12-01T10:00:03.000Z',"
                            " '2026-12-01T10:00:03.900Z')")


def wal_with_fixed_salts(wal, salts=(0x4D35, 0x5741)):
    """SQLite draws the -wal's two salts at random; fixed ones (with every checksum made again)
    keep the seed the same on every run. Format: sqlite.org/fileformat2.html#walformat."""
    order = ">" if struct.unpack(">I", wal[:4])[0] & 1 else "<"  # 0x377f0683: big-endian words

    def checksum(data, s0, s1):
        words = struct.unpack(f"{order}{len(data) // 4}I", data)
        for i in range(0, len(words), 2):
            s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
            s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
        return s0, s1

    page_size = struct.unpack(">I", wal[8:12])[0]
    header = bytearray(wal[:32])
    header[16:24] = struct.pack(">II", *salts)
    s0, s1 = checksum(bytes(header[:24]), 0, 0)
    header[24:32] = struct.pack(">II", s0, s1)
    out = bytearray(header)
    for start in range(32, len(wal) - 24 - page_size + 1, 24 + page_size):
        frame = bytearray(wal[start:start + 24 + page_size])
        frame[8:16] = struct.pack(">II", *salts)
        s0, s1 = checksum(bytes(frame[:8]) + bytes(frame[24:]), s0, s1)
        frame[16:24] = struct.pack(">II", s0, s1)
        out += frame
    return bytes(out)


if __name__ == "__main__":
    main()
