// The sound of an A/B comparison, one buffer at a time: two clips (already loudness-matched
// and at the same rate) share one play position, and switching sides crossfades at that
// position, so the listener hears the same word from the other side with no gap and no
// click. Starting, stopping, seeking and wrapping round the loop region all ramp over the
// same short fade (20 ms by default).
//
// render() runs on the audio thread; the request*() calls come from the GUI thread and
// only store atomics, so neither side ever waits on the other. No Qt, no allocation in
// render(): tests drive it directly.
#pragma once

#include "audio/shared_samples.h"

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace mars5::ui::rating {

class AbMixer {
public:
    static constexpr int kSideA = 0;
    static constexpr int kSideB = 1;

    // GUI thread, while nothing renders. Both clips must be at `sampleRate`.
    void setClips(SharedSamples a, SharedSamples b, int sampleRate, double fadeSeconds = 0.020);
    int sampleRate() const { return m_rate; }
    std::size_t lengthFrames() const { return m_length; }
    int fadeFrames() const { return m_fade; }

    // GUI thread, while nothing renders: where the next render starts, faded in.
    void prepareStart(std::size_t frame, int side);

    // GUI thread, any time.
    void requestSide(int side);
    void requestSeek(std::size_t frame);
    void setLoop(std::size_t startFrame, std::size_t endFrame);  // end <= start: no loop
    void requestStop();                                          // fades out, then finishes

    // Audio thread. Writes `frames` mono samples; returns false once playback has ended
    // (stop faded out, or the end of the longer clip reached outside a loop).
    bool render(float* out, std::size_t frames);

    // Any thread.
    std::size_t positionFrames() const { return m_position.load(std::memory_order_relaxed); }
    int audibleSide() const { return m_side.load(std::memory_order_relaxed); }
    bool finished() const { return m_finished.load(std::memory_order_relaxed); }

private:
    float sampleAt(int side, std::size_t frame) const;

    SharedSamples m_clips[2];
    int m_rate = 0;
    std::size_t m_length = 0;
    int m_fade = 480;

    // Requests from the GUI thread.
    std::atomic<int> m_requestedSide{kSideA};
    std::atomic<std::int64_t> m_requestedSeek{-1};
    std::atomic<std::size_t> m_loopStart{0}, m_loopEnd{0};
    std::atomic<bool> m_stopRequested{false};

    // Audio-thread state (published through the atomics below).
    std::atomic<std::size_t> m_position{0};
    std::atomic<int> m_side{kSideA};
    std::atomic<bool> m_finished{false};
    int m_fromSide = kSideA;    // the side fading out during a crossfade
    int m_crossfade = 0;        // frames of crossfade left
    int m_level = 0;            // master ramp, 0..m_fade
    enum class Ramp { Steady, In, OutForJump, OutForStop } m_ramp = Ramp::In;
    std::size_t m_jumpTarget = 0;
};

}  // namespace mars5::ui::rating
