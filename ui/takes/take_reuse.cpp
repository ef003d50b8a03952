#include "takes/take_reuse.h"

#include "studio/reference_panel.h"
#include "studio/settings_panel.h"
#include "studio/text_panel.h"
#include "util/notice_text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace mars5::ui::takes {

namespace {

// The clip as the reference panel keeps it: the file it came from, if any, for the sidecars of
// the takes made with it (the panel marks it edited when that file is no longer what was read).
ReferencePanel::ClipState clipOf(const TakeRecord& take, mars5::AudioBuffer audio) {
    ReferencePanel::ClipState clip;
    clip.samples = shareSamples(std::move(audio.samples));
    clip.rate = audio.sampleRate;
    clip.file = take.referenceFile;
    clip.sha256 = take.referenceFileSha256;
    clip.edited = take.referenceEdited;
    clip.name = clip.file.isEmpty() ? QCoreApplication::translate("mars5::ui::takes::TakeReuse", "the voice of take %1").arg(take.id) : QFileInfo(clip.file).fileName();
    return clip;
}

}  // namespace

Result<QString> useTake(const TakeRecord& take, const TakeFiles& files, TakeParts parts, const StudioPanels& panels) {
    // Everything is read before anything changes, so a take that cannot give its voice leaves
    // the panels as they were.
    auto request = files.request(take);
    if (!request.ok()) return request.error();
    if (parts.testFlag(TakePart::Voice) && request.value().referenceMissing)
        return Error{ErrorKind::Io,
                     QCoreApplication::translate("mars5::ui::takes::TakeReuse",
                                                 "The reference clip of take %1 is gone (%2), so its voice cannot be brought back. "
                                                 "Its text and settings still can.")
                         .arg(take.id)
                         .arg(QDir::toNativeSeparators(files.referencePath(take)))
                         .toStdString()};
    SynthesisRequest& r = request.value();

    QStringList what;
    if (parts.testFlag(TakePart::Voice)) {
        panels.reference->useClip(clipOf(take, std::move(r.reference)),
                                  QCoreApplication::translate("mars5::ui::takes::TakeReuse", "voice of take %1").arg(take.id));
        panels.text->replaceTranscript(r.transcript);
        what << QCoreApplication::translate("mars5::ui::takes::TakeReuse", "its voice");
    }
    if (parts.testFlag(TakePart::Text)) {
        panels.text->replaceTargetText(r.text);
        what << QCoreApplication::translate("mars5::ui::takes::TakeReuse", "its text");
    }
    if (parts.testFlag(TakePart::Settings)) {
        // r.config has the seed the take used: Synthesize makes this take again, and a setting
        // changed from here is heard against the same draws.
        panels.settings->useConfig(r.config, r.presetName,
                                   QCoreApplication::translate("mars5::ui::takes::TakeReuse", "settings of take %1").arg(take.id));
        what << QCoreApplication::translate("mars5::ui::takes::TakeReuse", "its settings with its seed %1 fixed").arg(take.seed);
    }
    if (what.isEmpty()) return QString();
    const QString joined = what.size() == 1 ? what.front()
                                            : QCoreApplication::translate("mars5::ui::takes::TakeReuse", "%1 and %2")
                                                  .arg(QStringList(what.mid(0, what.size() - 1)).join(QStringLiteral(", ")), what.back());
    return QCoreApplication::translate("mars5::ui::takes::TakeReuse", "Take %1 is in the studio: %2. Ctrl+Z puts back what was there.")
        .arg(take.id)
        .arg(joined);
}

}  // namespace mars5::ui::takes
