// The model catalogue, discovery (Hugging Face cache with symlinked snapshots, torch hub,
// studio folder, user folders), the sha256 cache and verification (known sha256, unknown but
// valid files, truncated and corrupt files) without any network.
#include "mars5/model_files.h"
#include "mars5/model_paths_by_name.h"

#include "mars5_checkpoint.h"
#include "temp_files.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <thread>

using namespace mars5;
using mars5::test::fixture;
using mars5::test::readBytes;
using mars5::test::writeBytes;

namespace {

QString fx(const char* relative) { return QString::fromStdString(fixture(relative)); }

bool copyTo(const QString& from, const QString& to) {
    QDir().mkpath(QFileInfo(to).absolutePath());
    QFile::remove(to);
    return QFile::copy(from, to);
}

// A Hugging Face hub cache: blobs/<sha> plus snapshots/<rev>/<name> -> ../../blobs/<sha>.
void addHubFile(const QString& hub, const QString& repo, const QString& rev, const QString& name, const QString& source) {
    const QString base = hub + "/models--" + QString(repo).replace("/", "--");
    const QString blob = base + "/blobs/" + QString::fromStdString(*computeSha256(source.toStdString()));
    QVERIFY(copyTo(source, blob));
    QDir().mkpath(base + "/snapshots/" + rev);
    QDir().mkpath(base + "/refs");
    writeBytes(base + "/refs/main", rev.toUtf8());
    QVERIFY(QFile::link("../../blobs/" + QFileInfo(blob).fileName(), base + "/snapshots/" + rev + "/" + name));
}

const FoundModelFile* findPath(const ModelInventory& inv, const QString& endsWith) {
    for (const auto& f : inv.files)
        if (QString::fromStdString(f.path).endsWith(endsWith)) return &f;
    return nullptr;
}

}  // namespace

class TestModelFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogueHasEveryRoleAndTheSpecValues() {
        for (ModelRole role : kAllModelRoles) {
            const KnownModelFile& k = recommendedFile(role);
            QVERIFY(k.recommended);
            QCOMPARE(k.role, role);
            QVERIFY(!k.url.empty() && !k.installPath.empty() && k.approxBytes > 0);
            QCOMPARE(parseModelRole(roleKey(role)), std::optional<ModelRole>(role));
        }
        QCOMPARE(recommendedFile(ModelRole::Mars5Ar).url, std::string("https://huggingface.co/CAMB-AI/MARS5-TTS/resolve/main/mars5_ar.safetensors"));
        QCOMPARE(recommendedFile(ModelRole::Mars5Ar).sha256,
                 std::string("dfedb7630bf88b429b27ff4ad4b1365658c0782d7a119ae09046b552a9ccedb2"));
        QCOMPARE(recommendedFile(ModelRole::Mars5Nar).sha256,
                 std::string("a2297342323a38980a83c8803fd2f3b0fca66497c404e3365bbf8af7bda673b7"));
        QCOMPARE(recommendedFile(ModelRole::Encodec).url,
                 std::string("https://dl.fbaipublicfiles.com/encodec/v0/encodec_24khz-d7cc33bc.th"));
        QCOMPARE(recommendedFile(ModelRole::VocosWeights).installPath, std::string("vocos/pytorch_model.bin"));
        QCOMPARE(recommendedFile(ModelRole::VocosConfig).installPath, std::string("vocos/config.yaml"));
        const auto gh = knownFilesNamed("mars5_en_checkpoints_ar-3000000.safetensors");
        QCOMPARE(gh.size(), std::size_t(1));
        QCOMPARE(gh[0]->url, std::string("https://github.com/Camb-ai/MARS5-TTS/releases/download/v0.4/"
                                         "mars5_en_checkpoints_ar-3000000.safetensors"));
        QCOMPARE(knownFilesNamed("pytorch_model.bin").size(), std::size_t(2));  // Vocos and HF Encodec
        // The checkpoint loader's table is a view of the same catalogue.
        std::size_t mars5Entries = 0;
        for (const auto& k : knownModelFiles())
            if (k.role == ModelRole::Mars5Ar || k.role == ModelRole::Mars5Nar) ++mars5Entries;
        QCOMPARE(mars5KnownFiles().size(), mars5Entries);
    }

    // Files dropped on Set up model are told apart by name, with the folder rules: published
    // names, *_ar / *_nar, encodec*, vocos*, and a file in an encodec/ or vocos/ folder as that
    // folder's; a name that says nothing, or a second file for a role taken, is listed back.
    void droppedFilesAreToldApartByName() {
        const NamedModelFiles named = modelPathsByName({"/dl/MARS5/mars5_nar.safetensors", "/dl/notes.txt",
                                                        "/dl/hub/vocos/pytorch_model.bin", "/dl/hub/vocos/config.yaml",
                                                        "/dl/mine_ar.pt", "/dl/encodec_24khz-d7cc33bc.th", "/dl/other_ar.pt"});
        QCOMPARE(named.paths.ar, std::string("/dl/mine_ar.pt"));
        QCOMPARE(named.paths.nar, std::string("/dl/MARS5/mars5_nar.safetensors"));
        QCOMPARE(named.paths.encodec, std::string("/dl/encodec_24khz-d7cc33bc.th"));
        QCOMPARE(named.paths.vocos, std::string("/dl/hub/vocos/pytorch_model.bin"));
        QCOMPARE(named.paths.vocosConfig, std::string("/dl/hub/vocos/config.yaml"));
        QCOMPARE(named.unrecognised, (std::vector<std::string>{"/dl/notes.txt", "/dl/other_ar.pt"}));

        const NamedModelFiles inEncodecFolder = modelPathsByName({"/x/encodec/model.safetensors", "/x/model.safetensors"});
        QCOMPARE(inEncodecFolder.paths.encodec, std::string("/x/encodec/model.safetensors"));
        QCOMPARE(inEncodecFolder.unrecognised, std::vector<std::string>{"/x/model.safetensors"});
        QVERIFY(modelPathsByName({}).unrecognised.empty());
    }

    void mirrorAndEndpointUrls() {
        const KnownModelFile& ar = recommendedFile(ModelRole::Mars5Ar);
        const KnownModelFile& enc = recommendedFile(ModelRole::Encodec);
        QCOMPARE(downloadUrl(ar, "http://127.0.0.1:8080/m/"), std::string("http://127.0.0.1:8080/m/CAMB-AI/MARS5-TTS/resolve/main/mars5_ar.safetensors"));
        QCOMPARE(downloadUrl(enc, "http://127.0.0.1:8080"), std::string("http://127.0.0.1:8080/encodec/v0/encodec_24khz-d7cc33bc.th"));
        QCOMPARE(downloadUrl(ar, "", "http://127.0.0.1:9"), std::string("http://127.0.0.1:9/CAMB-AI/MARS5-TTS/resolve/main/mars5_ar.safetensors"));
        QCOMPARE(downloadUrl(enc, "", "http://127.0.0.1:9"), enc.url);  // HF_ENDPOINT is for Hugging Face files only
    }

    void checksumComparison() {
        const KnownModelFile& ar = recommendedFile(ModelRole::Mars5Ar);
        QCOMPARE(compareSha256(ar, ar.sha256), ChecksumState::Verified);
        QCOMPARE(compareSha256(ar, std::string(64, '0')), ChecksumState::Mismatch);
        QCOMPARE(compareSha256(ar, "afc73f90" + std::string(51, '1') + "2a72b"), ChecksumState::EarlierUpload);
        QCOMPARE(compareSha256(ar, ""), ChecksumState::NotComputed);
        KnownModelFile prefixOnly = recommendedFile(ModelRole::Encodec);
        prefixOnly.sha256.clear();
        QCOMPARE(compareSha256(prefixOnly, "d7cc33bc" + std::string(56, 'a')), ChecksumState::Verified);
        QCOMPARE(compareSha256(prefixOnly, std::string(64, 'a')), ChecksumState::Mismatch);
        QCOMPARE(compareSha256(recommendedFile(ModelRole::VocosWeights), std::string(64, 'a')), ChecksumState::NoKnownValue);
    }

    void searchLocationsFollowTheEnvironment() {
        ModelSearchEnvironment e;
        e.home = "/home/u";
        QCOMPARE(huggingFaceHubCache(e), std::string("/home/u/.cache/huggingface/hub"));
        QCOMPARE(torchHubCheckpoints(e), std::string("/home/u/.cache/torch/hub/checkpoints"));
        QCOMPARE(studioModelsFolder(e), std::string("/home/u/.local/share/mars5-studio/models"));
        e.hfHome = "/hf";
        QCOMPARE(huggingFaceHubCache(e), std::string("/hf/hub"));
        e.hfHubCache = "/hubcache";
        QCOMPARE(huggingFaceHubCache(e), std::string("/hubcache"));
        e.torchHome = "/th";
        QCOMPARE(torchHubCheckpoints(e), std::string("/th/hub/checkpoints"));
        e.xdgDataHome = "/xd";
        QCOMPARE(studioModelsFolder(e), std::string("/xd/mars5-studio/models"));
        QCOMPARE(defaultSearchLocations(e).size(), std::size_t(3));
    }

    void discoversTheHubCacheTorchHubAndFolders() {
        QTemporaryDir tmp;
        const QString hub = tmp.filePath("hf/hub");
        const QString rev = "0123456789abcdef0123456789abcdef01234567";
        addHubFile(hub, "CAMB-AI/MARS5-TTS", rev, "mars5_ar.safetensors", fx("mars5/mars5_tiny_ar.safetensors"));
        addHubFile(hub, "CAMB-AI/MARS5-TTS", rev, "mars5_nar.safetensors", fx("mars5/mars5_tiny_nar.safetensors"));
        addHubFile(hub, "charactr/vocos-encodec-24khz", rev, "pytorch_model.bin", fx("codec/vocos_tiny_pytorch_model.bin"));
        addHubFile(hub, "charactr/vocos-encodec-24khz", rev, "config.yaml", fx("codec/vocos_tiny_config.yaml"));
        // An interrupted hub download leaves a dangling link: ignored.
        QDir().mkpath(hub + "/models--facebook--encodec_24khz/snapshots/" + rev);
        QVERIFY(QFile::link("../../blobs/missing", hub + "/models--facebook--encodec_24khz/snapshots/" + rev + "/model.safetensors"));
        const QString torch = tmp.filePath("torch/hub/checkpoints");
        QVERIFY(copyTo(fx("codec/encodec_tiny.th"), torch + "/encodec_24khz-d7cc33bc.th"));
        QVERIFY(copyTo(fx("codec/encodec_tiny.th"), torch + "/unrelated.th"));  // not a catalogue name: not looked at
        const QString user = tmp.filePath("mine");
        QVERIFY(copyTo(fx("codec/encodec_tiny_hf.safetensors"), user + "/encodec/model.safetensors"));
        QVERIFY(copyTo(fx("codec/vocos_goldens.safetensors"), user + "/vocos_goldens.safetensors"));  // not a model
        QVERIFY(copyTo(fx("mars5/mars5_tiny_ar.pt"), user + "/my_ar.pt"));
        writeBytes(user + "/.hidden_ar.safetensors", "x");
        writeBytes(user + "/mars5_nar.safetensors.part", "x");

        ModelSearchEnvironment env;
        env.home = tmp.filePath("home").toStdString();
        env.hfHome = tmp.filePath("hf").toStdString();
        env.torchHome = tmp.filePath("torch").toStdString();
        auto where = defaultSearchLocations(env);
        where.push_back({LocationKind::UserFolder, user.toStdString()});
        ModelInventory inv = discoverModels(where);

        const FoundModelFile* ar = findPath(inv, "/snapshots/" + rev + "/mars5_ar.safetensors");
        QVERIFY(ar);
        QCOMPARE(ar->role, ModelRole::Mars5Ar);
        QCOMPARE(ar->locationKind, LocationKind::HuggingFaceCache);
        QVERIFY(QString::fromStdString(ar->resolvedPath).contains("/blobs/"));
        QVERIFY(QString::fromStdString(ar->location).contains("CAMB-AI/MARS5-TTS snapshot 0123456 (main)"));
        QVERIFY(ar->known && ar->known->fileName == "mars5_ar.safetensors");
        QCOMPARE(ar->bytes, std::uint64_t(QFileInfo(fx("mars5/mars5_tiny_ar.safetensors")).size()));
        const FoundModelFile* vocos = findPath(inv, "/snapshots/" + rev + "/pytorch_model.bin");
        QVERIFY(vocos);
        QCOMPARE(vocos->role, ModelRole::VocosWeights);
        QVERIFY(vocos->known == &recommendedFile(ModelRole::VocosWeights));
        QVERIFY(findPath(inv, "/snapshots/" + rev + "/config.yaml"));
        QVERIFY(!findPath(inv, "/model.safetensors") || findPath(inv, "/model.safetensors")->locationKind == LocationKind::UserFolder);
        const FoundModelFile* th = findPath(inv, "/encodec_24khz-d7cc33bc.th");
        QVERIFY(th);
        QCOMPARE(th->locationKind, LocationKind::TorchHub);
        QVERIFY(!findPath(inv, "/unrelated.th"));
        const FoundModelFile* hfEncodec = findPath(inv, "/encodec/model.safetensors");
        QVERIFY(hfEncodec);
        QCOMPARE(hfEncodec->role, ModelRole::Encodec);
        QVERIFY(findPath(inv, "/my_ar.pt") && findPath(inv, "/my_ar.pt")->role == ModelRole::Mars5Ar);
        QVERIFY(!findPath(inv, "vocos_goldens.safetensors"));
        QVERIFY(!findPath(inv, ".hidden_ar.safetensors"));
        QVERIFY(!findPath(inv, ".part"));
        QCOMPARE(inv.files.size(), std::size_t(7));  // 4 in the hub, 1 in torch hub, 2 in the folder
        QVERIFY(inv.complete());

        // Verification: the tiny files are valid but not the published ones (names are).
        Sha256Cache cache(tmp.filePath("cache/sha256.json").toStdString());
        QVERIFY(verifyInventory(inv, &cache).ok());
        const FoundModelFile* arAfter = inv.best(ModelRole::Mars5Ar);
        QVERIFY(arAfter);
        // The HF-named file has the wrong sha256 (a different file under the published name):
        // flagged and offered for download, and ranked after the unflagged one.
        const FoundModelFile* flagged = findPath(inv, "/mars5_ar.safetensors");
        QCOMPARE(flagged->checksum, ChecksumState::Mismatch);
        QCOMPARE(flagged->validation, ValidationState::Valid);
        QVERIFY(flagged->offerRedownload());
        QVERIFY(QString::fromStdString(flagged->notice).contains("download it again"));
        QVERIFY(QString::fromStdString(arAfter->path).endsWith("/my_ar.pt"));
        QVERIFY(QString::fromStdString(arAfter->notice).contains("unrecognised but structurally valid"));
        QCOMPARE(inv.best(ModelRole::VocosConfig)->path, findPath(inv, "/snapshots/" + rev + "/config.yaml")->path);
    }

    void sha256CacheHitsAndMisses() {
        QTemporaryDir tmp;
        const QString file = tmp.filePath("a.bin");
        writeBytes(file, "abc");
        const std::string cacheFile = tmp.filePath("c/cache.json").toStdString();
        bool fromCache = true;
        {
            Sha256Cache cache(cacheFile);
            Result<std::string> sha = cache.sha256(file.toStdString(), &fromCache);
            QVERIFY(sha.ok());
            QCOMPARE(*sha, std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
            QVERIFY(!fromCache);
        }
        QVERIFY(QFile::exists(QString::fromStdString(cacheFile)));
        {
            Sha256Cache cache(cacheFile);  // a new process would read the same file
            QCOMPARE(cache.lookup(file.toStdString()), std::optional<std::string>("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
            Result<std::string> sha = cache.sha256(file.toStdString(), &fromCache);
            QVERIFY(sha.ok() && fromCache);
        }
        // Changed content (other size): a miss, recomputed.
        writeBytes(file, "abcd");
        {
            Sha256Cache cache(cacheFile);
            QVERIFY(!cache.lookup(file.toStdString()));
            Result<std::string> sha = cache.sha256(file.toStdString(), &fromCache);
            QVERIFY(sha.ok() && !fromCache);
            QCOMPARE(*sha, std::string("88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589"));
        }
        // Same size, new mtime: a miss too.
        std::filesystem::last_write_time(file.toStdString(), std::filesystem::last_write_time(file.toStdString()) +
                                                                 std::chrono::seconds(5));
        QVERIFY(!Sha256Cache(cacheFile).lookup(file.toStdString()));
        // A damaged cache file is an empty cache, not a crash.
        writeBytes(QString::fromStdString(cacheFile), "{ not json");
        Sha256Cache damaged(cacheFile);
        QVERIFY(!damaged.lookup(file.toStdString()));
        QVERIFY(damaged.sha256(file.toStdString(), &fromCache).ok());
        QVERIFY(!fromCache);
        // Progress can cancel a hash.
        Result<std::string> cancelled = computeSha256(file.toStdString(), [](std::uint64_t, std::uint64_t) { return false; });
        QVERIFY(cancelled.ok() || cancelled.error().kind == ErrorKind::Cancelled);  // tiny files finish before the first report
        QVERIFY(!computeSha256(tmp.filePath("missing").toStdString()).ok());
    }

    void truncatedAndCorruptFilesAreDetected() {
        QTemporaryDir tmp;
        const QByteArray ar = readBytes(fx("mars5/mars5_tiny_ar.safetensors"));
        const QByteArray vocos = readBytes(fx("codec/vocos_tiny_pytorch_model.bin"));
        const QByteArray encodec = readBytes(fx("codec/encodec_tiny.th"));
        writeBytes(tmp.filePath("mars5_ar.safetensors"), ar.left(ar.size() - 1000));  // truncated
        writeBytes(tmp.filePath("mars5_en_checkpoints_nar-1980000.safetensors"), ar);  // an AR under a NAR name
        writeBytes(tmp.filePath("encodec_24khz-d7cc33bc.th"), encodec.left(encodec.size() / 2));
        QDir().mkpath(tmp.filePath("vocos"));
        writeBytes(tmp.filePath("vocos/pytorch_model.bin"), vocos.left(4096));
        writeBytes(tmp.filePath("vocos/config.yaml"), "feature_extractor: vocos\nbackbone: [1, 2\n");
        ModelInventory inv = discoverModels({{LocationKind::UserFolder, tmp.path().toStdString()}});
        QCOMPARE(inv.files.size(), std::size_t(5));
        QVERIFY(verifyInventory(inv, nullptr).ok());
        for (const auto& f : inv.files) {
            QVERIFY2(f.validation == ValidationState::Invalid, f.path.c_str());
            QVERIFY(!f.usable());
            QVERIFY(f.offerRedownload());
            QVERIFY2(!f.validationMessage.empty(), f.path.c_str());
        }
        QVERIFY(QString::fromStdString(findPath(inv, "/mars5_ar.safetensors")->validationMessage).contains("truncated"));
        QVERIFY2(QString::fromStdString(findPath(inv, "nar-1980000.safetensors")->validationMessage).contains("AR"),
                 findPath(inv, "nar-1980000.safetensors")->validationMessage.c_str());
        QCOMPARE(inv.missing().size(), std::size_t(5));
        QVERIFY(!inv.complete());

        // validateModelFile directly: the right role passes, a wrong role says what it is.
        QVERIFY(validateModelFile(fixture("mars5/mars5_tiny_nar.pt"), ModelRole::Mars5Nar).ok());
        Result<std::string> swapped = validateModelFile(fixture("mars5/mars5_tiny_nar.pt"), ModelRole::Mars5Ar);
        QVERIFY(!swapped.ok());
        QVERIFY2(QString::fromStdString(swapped.message()).contains("NAR"), swapped.message().c_str());
        QVERIFY(!validateModelFile(tmp.filePath("nope").toStdString(), ModelRole::Encodec).ok());
    }

    void knownShaSkipsTheLoadAndIsCachedAcrossRuns() {
        // A file whose sha256 equals the catalogue value counts as the published file without
        // loading it; simulate with a catalogue copy pointing at a fixture's hash.
        QTemporaryDir tmp;
        const QString path = tmp.filePath("mars5_nar.safetensors");
        QVERIFY(copyTo(fx("mars5/mars5_tiny_nar.safetensors"), path));
        KnownModelFile fake = recommendedFile(ModelRole::Mars5Nar);
        fake.sha256 = *computeSha256(path.toStdString());
        FoundModelFile f;
        f.role = ModelRole::Mars5Nar;
        f.path = f.resolvedPath = path.toStdString();
        f.known = &fake;
        Sha256Cache cache(tmp.filePath("cache.json").toStdString());
        QVERIFY(verifyModelFile(f, &cache).ok());
        QCOMPARE(f.checksum, ChecksumState::Verified);
        QCOMPARE(f.validation, ValidationState::Valid);
        QVERIFY(QString::fromStdString(f.validationMessage).contains("sha256 verified"));
        QVERIFY(!f.sha256FromCache);
        FoundModelFile again = f;
        again.sha256.clear();
        QVERIFY(verifyModelFile(again, &cache).ok());
        QVERIFY(again.sha256FromCache);
        QCOMPARE(again.sha256, f.sha256);
    }
};

QTEST_GUILESS_MAIN(TestModelFiles)
#include "test_model_files.moc"
