#include "rating/ab_mixer.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace mars5::ui::rating {

namespace {
constexpr double kHalfPi = 1.5707963267948966;
}

void AbMixer::setClips(SharedSamples a, SharedSamples b, int sampleRate, double fadeSeconds) {
    m_clips[kSideA] = std::move(a);
    m_clips[kSideB] = std::move(b);
    m_rate = sampleRate;
    m_length = std::max(m_clips[0] ? m_clips[0]->size() : 0, m_clips[1] ? m_clips[1]->size() : 0);
    m_fade = std::max(1, static_cast<int>(std::lround(fadeSeconds * sampleRate)));
    m_loopStart = 0;
    m_loopEnd = 0;
    prepareStart(0, kSideA);
}

void AbMixer::prepareStart(std::size_t frame, int side) {
    m_position.store(std::min(frame, m_length));
    m_side.store(side);
    m_requestedSide.store(side);
    m_fromSide = side;
    m_requestedSeek.store(-1);
    m_stopRequested.store(false);
    m_finished.store(m_length == 0);
    m_crossfade = 0;
    m_level = 0;
    m_ramp = Ramp::In;
}

void AbMixer::requestSide(int side) { m_requestedSide.store(side == kSideB ? kSideB : kSideA); }
void AbMixer::requestSeek(std::size_t frame) { m_requestedSeek.store(static_cast<std::int64_t>(std::min(frame, m_length))); }
void AbMixer::setLoop(std::size_t startFrame, std::size_t endFrame) {
    // A loop shorter than two fades could not ramp down and up again.
    if (endFrame <= startFrame + 2 * static_cast<std::size_t>(m_fade)) startFrame = endFrame = 0;
    m_loopStart.store(std::min(startFrame, m_length));
    m_loopEnd.store(std::min(endFrame, m_length));
}
void AbMixer::requestStop() { m_stopRequested.store(true); }

float AbMixer::sampleAt(int side, std::size_t frame) const {
    const auto& clip = m_clips[side];
    return clip && frame < clip->size() ? (*clip)[frame] : 0.0f;
}

bool AbMixer::render(float* out, std::size_t frames) {
    if (m_finished.load(std::memory_order_relaxed)) {
        std::memset(out, 0, frames * sizeof(float));
        return false;
    }
    // Requests are taken once per buffer (a few milliseconds).
    if (m_stopRequested.load(std::memory_order_relaxed)) m_ramp = Ramp::OutForStop;
    const std::int64_t seek = m_requestedSeek.exchange(-1, std::memory_order_relaxed);
    if (seek >= 0 && m_ramp != Ramp::OutForStop) {
        m_jumpTarget = static_cast<std::size_t>(seek);
        m_ramp = Ramp::OutForJump;
    }
    int side = m_side.load(std::memory_order_relaxed);
    const int wanted = m_requestedSide.load(std::memory_order_relaxed);
    if (wanted != side && m_crossfade == 0) {
        m_fromSide = side;
        side = wanted;
        m_crossfade = m_fade;
        m_side.store(side, std::memory_order_relaxed);
    }
    const std::size_t loopStart = m_loopStart.load(std::memory_order_relaxed);
    const std::size_t loopEnd = m_loopEnd.load(std::memory_order_relaxed);
    const bool looping = loopEnd > loopStart;
    std::size_t pos = m_position.load(std::memory_order_relaxed);

    for (std::size_t i = 0; i < frames; ++i) {
        // Begin the fade-out early enough to reach silence exactly at the loop end (then
        // jump back) or at the end of the clip (then finish).
        if (m_ramp == Ramp::Steady || m_ramp == Ramp::In) {
            if (looping && pos + static_cast<std::size_t>(m_level) >= loopEnd) {
                m_jumpTarget = loopStart;
                m_ramp = Ramp::OutForJump;
            } else if (!looping && pos + static_cast<std::size_t>(m_level) >= m_length) {
                m_ramp = Ramp::OutForStop;
            }
        }
        float value;
        if (m_crossfade > 0) {
            const double t = 1.0 - static_cast<double>(m_crossfade) / m_fade;  // equal-power crossfade
            value = static_cast<float>(sampleAt(m_fromSide, pos) * std::cos(t * kHalfPi) +
                                       sampleAt(side, pos) * std::sin(t * kHalfPi));
            --m_crossfade;
        } else {
            value = sampleAt(side, pos);
        }
        const double x = static_cast<double>(m_level) / m_fade;
        out[i] = static_cast<float>(value * (0.5 - 0.5 * std::cos(x * 2.0 * kHalfPi)));

        switch (m_ramp) {
        case Ramp::In:
            if (++m_level >= m_fade) m_ramp = Ramp::Steady;
            break;
        case Ramp::Steady: break;
        case Ramp::OutForJump:
            if (m_level > 0) --m_level;
            if (m_level == 0) {
                pos = m_jumpTarget;
                m_ramp = Ramp::In;
                continue;  // the next frame starts at the target
            }
            break;
        case Ramp::OutForStop:
            if (m_level > 0) --m_level;
            if (m_level == 0) {
                std::memset(out + i + 1, 0, (frames - i - 1) * sizeof(float));
                m_position.store(std::min(pos + 1, m_length), std::memory_order_relaxed);
                m_finished.store(true, std::memory_order_relaxed);
                return false;
            }
            break;
        }
        if (pos < m_length) ++pos;
    }
    m_position.store(pos, std::memory_order_relaxed);
    return true;
}

}  // namespace mars5::ui::rating
