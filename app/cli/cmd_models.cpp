// mars5-cli models list|verify|download: the model files the studio needs (MARS5 AR + NAR,
// Encodec 24 kHz, Vocos config + weights), where they already are, whether they are intact,
// and fetching what is missing.
//
// list and verify use core only (no Qt), so they work on every build. download needs Qt
// Network: it is compiled in when mars5net is built (Qt present: MARS5_BUILD_UI or
// MARS5_BUILD_TESTS); without Qt the command says so.
#include "commands.h"

#include "mars5/model_files.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <set>
#include <unistd.h>

#ifdef MARS5_CLI_HAS_DOWNLOADER
#include "download_queue.h"
#include "download_settings.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#endif

namespace mars5::cli {

namespace {

struct ModelsOptions {
    std::vector<std::string> folders;
    bool onlyFolders = false;
    bool json = false;
    bool noCache = false;
    bool alwaysValidate = false;
    // download
    std::vector<std::string> roles;
    std::string dest;
    std::string mirror;
    bool force = false;
    int attempts = 5;
};

std::string human(std::uint64_t b) {
    char buf[32];
    if (b >= (1ull << 30)) std::snprintf(buf, sizeof buf, "%.2f GiB", b / double(1ull << 30));
    else if (b >= (1ull << 20)) std::snprintf(buf, sizeof buf, "%.1f MiB", b / double(1ull << 20));
    else if (b >= 1024) std::snprintf(buf, sizeof buf, "%.1f KiB", b / 1024.0);
    else std::snprintf(buf, sizeof buf, "%llu B", static_cast<unsigned long long>(b));
    return buf;
}

std::vector<ModelSearchLocation> locations(const ModelsOptions& o) {
    std::vector<ModelSearchLocation> where;
    for (const auto& f : o.folders) where.push_back({LocationKind::UserFolder, f});
    if (!o.onlyFolders)
        for (const auto& l : defaultSearchLocations(ModelSearchEnvironment::fromProcess())) where.push_back(l);
    return where;
}

std::string checksumText(const FoundModelFile& f) {
    if (f.sha256.empty()) {
        if (f.known && hasKnownChecksum(*f.known)) return "sha256 not computed yet (published value known)";
        return "sha256 not computed yet";
    }
    return std::string(describe(f.checksum)) + (f.sha256FromCache ? " (cached)" : "");
}

nlohmann::ordered_json toJson(const ModelInventory& inv) {
    nlohmann::ordered_json j;
    j["searched"] = nlohmann::ordered_json::array();
    for (const auto& l : inv.searched) j["searched"].push_back({{"kind", describe(l.kind)}, {"path", l.path}});
    j["roles"] = nlohmann::ordered_json::object();
    for (ModelRole role : kAllModelRoles) {
        nlohmann::ordered_json r;
        const FoundModelFile* best = inv.best(role);
        r["chosen"] = best ? nlohmann::ordered_json(best->path) : nlohmann::ordered_json(nullptr);
        r["files"] = nlohmann::ordered_json::array();
        for (const FoundModelFile* f : inv.candidates(role)) {
            nlohmann::ordered_json e;
            e["path"] = f->path;
            e["resolved_path"] = f->resolvedPath;
            e["location"] = f->location;
            e["bytes"] = f->bytes;
            e["published_as"] = f->known ? nlohmann::ordered_json(f->known->source + ": " + f->known->fileName)
                                         : nlohmann::ordered_json(nullptr);
            e["sha256"] = f->sha256;
            e["sha256_from_cache"] = f->sha256FromCache;
            e["checksum"] = describe(f->checksum);
            e["validation"] = describe(f->validation);
            e["validation_message"] = f->validationMessage;
            e["notice"] = f->notice;
            e["offer_redownload"] = f->offerRedownload();
            r["files"].push_back(e);
        }
        j["roles"][roleKey(role)] = r;
    }
    j["complete"] = inv.complete();
    return j;
}

void printInventory(const ModelInventory& inv, bool verified) {
    std::cout << "searched:\n";
    for (const auto& l : inv.searched) std::cout << "  " << describe(l.kind) << ": " << l.path << '\n';
    std::uint64_t missingBytes = 0;
    for (ModelRole role : kAllModelRoles) {
        std::cout << '\n' << describe(role) << ":\n";
        const FoundModelFile* best = inv.best(role);
        const auto candidates = inv.candidates(role);
        for (const FoundModelFile* f : candidates) {
            std::cout << (f == best ? "  * " : "    ") << f->path << "  " << human(f->bytes) << '\n'
                      << "      where:  " << f->location << '\n';
            std::error_code ec;
            if (std::filesystem::is_symlink(f->path, ec)) std::cout << "      blob:   " << f->resolvedPath << '\n';
            std::cout << "      known:  " << (f->known ? f->known->source + " " + f->known->fileName : "not a published file name")
                      << '\n'
                      << "      sha256: " << checksumText(*f) << (f->sha256.empty() ? "" : "  " + f->sha256) << '\n';
            if (verified || f->validation != ValidationState::NotChecked)
                std::cout << "      check:  " << describe(f->validation)
                          << (f->validationMessage.empty() ? "" : ": " + f->validationMessage) << '\n';
            if (!f->notice.empty()) std::cout << "      note:   " << f->notice << '\n';
        }
        if (!best) {
            const KnownModelFile& k = recommendedFile(role);
            missingBytes += k.approxBytes;
            std::cout << "  missing" << (candidates.empty() ? "" : " (no usable file above)") << ": get " << k.fileName
                      << " (" << human(k.approxBytes) << ", " << k.source << ")\n      " << k.url << '\n';
        }
    }
    const auto missing = inv.missing();
    std::cout << '\n';
    if (missing.empty()) {
        std::cout << "complete: a usable file for each of the 5 roles" << (verified ? " (verified)" : " (not verified yet: mars5-cli models verify)")
                  << '\n';
    } else {
        std::cout << "incomplete: " << missing.size() << " of 5 missing (";
        for (std::size_t i = 0; i < missing.size(); ++i) std::cout << (i ? ", " : "") << roleKey(missing[i]);
        std::cout << "), about " << human(missingBytes) << " to download: mars5-cli models download\n";
    }
}

void runList(const ModelsOptions& o) {
    ModelInventory inv = discoverModels(locations(o));
    Sha256Cache cache(Sha256Cache::defaultLocation());
    VerifyOptions v;
    v.computeSha256 = false;  // list is instant: only what the cache already knows
    v.validateStructure = false;
    (void)verifyInventory(inv, o.noCache ? nullptr : &cache, v);
    if (o.json) std::cout << toJson(inv).dump(2) << '\n';
    else printInventory(inv, false);
}

bool verifyAll(ModelInventory& inv, const ModelsOptions& o) {
    Sha256Cache cache(Sha256Cache::defaultLocation());
    VerifyOptions v;
    v.alwaysValidate = o.alwaysValidate;
    const bool tty = ::isatty(2);
    v.progress = [tty](std::uint64_t done, std::uint64_t total) {
        if (tty && total > 0) std::fprintf(stderr, "\r  sha256 %3d%%", static_cast<int>(100.0 * done / total));
        return true;
    };
    Result<void> r = verifyInventory(inv, o.noCache ? nullptr : &cache, v);
    if (tty) std::fprintf(stderr, "\r              \r");
    if (!r.ok()) {
        reportError(r.message());
        return false;
    }
    return true;
}

void runVerify(const ModelsOptions& o) {
    ModelInventory inv = discoverModels(locations(o));
    if (!verifyAll(inv, o)) return;
    if (o.json) std::cout << toJson(inv).dump(2) << '\n';
    else printInventory(inv, true);
    if (!inv.complete()) exitCode() = 1;
}

#ifdef MARS5_CLI_HAS_DOWNLOADER
std::string eta(double s) {
    if (s < 0) return "";
    char buf[32];
    const long t = static_cast<long>(s + 0.5);
    if (t >= 3600) std::snprintf(buf, sizeof buf, "%ldh %02ldm", t / 3600, (t % 3600) / 60);
    else std::snprintf(buf, sizeof buf, "%ldm %02lds", t / 60, t % 60);
    return std::string(buf) + " left";
}

void runDownload(const ModelsOptions& o) {
    int argc = 1;
    char name[] = "mars5-cli";
    char* argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MARS5 Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("mars5-studio"));
    QNetworkProxyFactory::setUseSystemConfiguration(true);  // http_proxy / https_proxy

    QString mirror = QString::fromStdString(o.mirror);
    if (mirror.isEmpty()) mirror = net::effectiveMirror().url;
    if (const QString bad = net::checkMirrorUrl(mirror); !bad.isEmpty()) {
        reportError(bad.toStdString());
        return;
    }
    const std::string dest = o.dest.empty() ? studioModelsFolder(ModelSearchEnvironment::fromProcess()) : o.dest;

    // Which roles: the ones asked for, else those without a usable, unflagged file.
    std::set<ModelRole> roles;
    for (const auto& key : o.roles) {
        const auto r = parseModelRole(key);
        if (!r) {
            reportError("unknown role '" + key + "' (use ar, nar, encodec, vocos-config or vocos)");
            return;
        }
        roles.insert(*r);
    }
    if (roles.empty()) {
        ModelsOptions search = o;
        search.folders.push_back(dest);
        ModelInventory inv = discoverModels(locations(search));
        if (!o.force && !verifyAll(inv, o)) return;
        for (ModelRole role : kAllModelRoles) {
            const FoundModelFile* best = inv.best(role);
            if (o.force || !best || best->offerRedownload()) roles.insert(role);
        }
    }
    // The Vocos config and weights belong together in one folder.
    if (roles.count(ModelRole::VocosWeights) || roles.count(ModelRole::VocosConfig)) {
        roles.insert(ModelRole::VocosConfig);
        roles.insert(ModelRole::VocosWeights);
    }
    if (roles.empty()) {
        std::cout << "nothing to download: every role has a usable file (mars5-cli models verify shows them)\n";
        return;
    }

    QList<net::QueuedFile> files;
    std::uint64_t total = 0;
    for (ModelRole role : kAllModelRoles) {
        if (!roles.count(role)) continue;
        const KnownModelFile& k = recommendedFile(role);
        net::QueuedFile f;
        f.label = QStringLiteral("%1 (%2)").arg(QString::fromLatin1(describe(role)), QString::fromStdString(k.fileName));
        f.request = net::requestFor(k, QString::fromStdString(dest), mirror);
        files << f;
        total += k.approxBytes;
        std::cout << "will download " << describe(role) << ": " << f.request.url.toString().toStdString() << "\n    -> "
                  << f.request.destination.toStdString() << "  (about " << human(k.approxBytes) << ")\n";
    }
    std::cout << "about " << human(total) << " in all" << (mirror.isEmpty() ? "" : ", from the mirror " + mirror.toStdString())
              << '\n';

    QNetworkAccessManager network;
    net::DownloadOptions options;
    options.maxAttempts = std::max(1, o.attempts);
    if (const QByteArray ms = qgetenv("MARS5_DOWNLOAD_BACKOFF_MS"); !ms.isEmpty()) options.initialBackoffMs = ms.toInt();
    net::DownloadQueue queue(&network, options);
    queue.setFiles(files);
    const bool tty = ::isatty(1);
    auto lastPercent = std::make_shared<int>(-1);
    QObject::connect(&queue, &net::DownloadQueue::fileStarted, [&](int i) {
        *lastPercent = -1;
        std::cout << "[" << (i + 1) << "/" << files.size() << "] " << files[i].label.toStdString() << '\n' << std::flush;
    });
    QObject::connect(&queue, &net::DownloadQueue::fileProgress,
                     [&, lastPercent](int, qint64 got, qint64 size, double speed, double left) {
                         const int percent = size > 0 ? static_cast<int>(100.0 * got / size) : -1;
                         if (!tty && (percent < 0 || percent / 10 == *lastPercent / 10)) return;
                         *lastPercent = percent;
                         std::string line = "  " + (percent >= 0 ? std::to_string(percent) + "% " : std::string()) +
                                            human(static_cast<std::uint64_t>(got)) +
                                            (size > 0 ? " / " + human(static_cast<std::uint64_t>(size)) : "") + "  " +
                                            human(static_cast<std::uint64_t>(speed)) + "/s  " + eta(left);
                         if (tty) std::cout << '\r' << line << "        " << std::flush;
                         else std::cout << line << '\n';
                     });
    QObject::connect(&queue, &net::DownloadQueue::fileRetrying, [&](int, int attempt, int delay, const QString& why) {
        std::cout << (tty ? "\n" : "") << "  attempt " << attempt << " failed (" << why.toStdString() << "), retrying in "
                  << delay << " ms\n";
    });
    QObject::connect(&queue, &net::DownloadQueue::fileFinished, [&](int, bool ok, const QString& message) {
        if (tty) std::cout << '\n';
        if (ok) std::cout << "  done: " << message.toStdString() << '\n';
        else reportError(message.toStdString());
    });
    QObject::connect(&queue, &net::DownloadQueue::finished, &app, [&](int failures) {
        std::cout << (failures == 0 ? "all files downloaded and verified into " + dest
                                    : std::to_string(failures) + " of " + std::to_string(files.size()) + " downloads failed")
                  << '\n';
        app.exit(failures == 0 ? 0 : 1);
    });
    QMetaObject::invokeMethod(&queue, &net::DownloadQueue::start, Qt::QueuedConnection);
    if (app.exec() != 0) exitCode() = 1;
}
#endif

}  // namespace

void addModelsCommand(CLI::App& app) {
    CLI::App* models = app.add_subcommand("models", "The model files: list what is on disk, verify it, download what is missing");
    models->require_subcommand(1);
    auto o = std::make_shared<ModelsOptions>();

    const auto common = [o](CLI::App* cmd) {
        cmd->add_option("--folder", o->folders, "Also look in this folder (and its subfolders such as vocos/); repeatable");
        cmd->add_flag("--only-folders", o->onlyFolders,
                      "Look only in --folder, not in the studio folder, the Hugging Face cache or torch hub");
        cmd->add_flag("--no-cache", o->noCache, "Do not read or write the sha256 cache");
    };

    CLI::App* list = models->add_subcommand(
        "list", "What is found where (studio folder, Hugging Face cache, torch hub, --folder), without hashing");
    common(list);
    list->add_flag("--json", o->json, "Print JSON");
    list->callback([o] { runList(*o); });

    CLI::App* verify = models->add_subcommand(
        "verify", "Hash every file found (once; cached), compare with the published sha256, check the structure");
    common(verify);
    verify->add_flag("--json", o->json, "Print JSON");
    verify->add_flag("--always-validate", o->alwaysValidate, "Load the structure even when the sha256 proves the file");
    verify->callback([o] { runVerify(*o); });

    CLI::App* download = models->add_subcommand(
        "download", "Download the missing or damaged files (resumable, sha256-verified, moved into place atomically)");
    common(download);
    download->add_option("--role", o->roles, "Only these roles: ar, nar, encodec, vocos-config, vocos; repeatable");
    download->add_option("--dest", o->dest, "Folder to download into (default: the studio's models folder)");
    download->add_option("--mirror", o->mirror,
                         "Base URL of a mirror (default: $MARS5_MODELS_MIRROR, then the studio's setting)");
    download->add_flag("--force", o->force, "Download even files that are already present and intact");
    download->add_option("--attempts", o->attempts, "Attempts per file before giving up (retries back off 1 s, 2 s, 4 s, ...)");
#ifdef MARS5_CLI_HAS_DOWNLOADER
    download->callback([o] { runDownload(*o); });
#else
    download->callback([] {
        reportError("this build has no downloader (built without Qt): download the files listed by `mars5-cli models "
                    "list` with curl or huggingface-cli, or build with -DMARS5_BUILD_TESTS=ON or -DMARS5_BUILD_UI=ON");
    });
#endif
}

}  // namespace mars5::cli
