// Where a run of queued syntheses stands. A script of 50 lines, or "N takes", is one batch: from
// the first start after the front end was idle until nothing more waits. The studio shows
// "Take 3 of 50 · about 4:10 left" above its queue and, when the batch ends, what it made;
// `mars5-cli tts --lines` prints "line 3 of 50, about 4:10 left".
//
// The time left is the seconds per character of text of the runs finished so far, applied to
// the text still to speak: a run's time grows with its text (the AR's tokens and the NAR's
// frames follow the output length), so a short line after a long one is not priced like it.
// Runs that failed or were cancelled ended early and do not count toward the rate.
#pragma once

#include <cstdint>
#include <string>

#include <optional>

namespace mars5 {

class BatchProgress {
public:
    enum class Ending { Made, Failed, Cancelled };  // a Stopped run keeps its take: Made

    // A run of `textChars` characters started at `nowSeconds` (any clock that only goes forward).
    // The first start after the batch ended begins a new batch.
    void started(std::int64_t textChars, double nowSeconds);
    // The running run ended after `wallSeconds`; `queueEmpty`: nothing waits, so the batch ends.
    void finished(Ending ending, double wallSeconds, bool queueEmpty);

    bool running() const { return m_running; }
    bool ended() const { return m_ended; }
    int position() const { return m_started; }                     // of the running (or last) run, from 1
    int total(int waiting) const { return m_started + waiting; }   // grows and shrinks with the queue
    int made() const { return m_made; }
    int failed() const { return m_failed; }
    int cancelled() const { return m_cancelled; }

    // Seconds until the batch is done: the running run's rest plus `waitingChars` of text
    // waiting. Nothing before a run of this batch has finished (no rate yet) or when nothing
    // is left.
    std::optional<double> secondsLeft(std::int64_t waitingChars, double nowSeconds) const;
    // The same with the running run's own estimate of its rest (a long text spoken in pieces
    // knows it better: mars5/piece_time_left.h) in place of the batch's rate applied to it. Nothing
    // when the batch has ended, or when text waits and no run of the batch has given a rate.
    std::optional<double> secondsLeft(std::int64_t waitingChars, double nowSeconds, std::optional<double> runningLeft) const;

private:
    bool m_ended = true;
    bool m_running = false;
    int m_started = 0, m_made = 0, m_failed = 0, m_cancelled = 0;
    std::int64_t m_runningChars = 0;
    double m_runningSince = 0.0;
    std::int64_t m_rateChars = 0;      // characters of the runs that made a take
    double m_rateSeconds = 0.0;  // and the seconds they took
};

// A wait as a person estimates one: whole seconds rounded up ("1 s", "35 s"; never "0 s" while
// work remains), "4:10" past a minute. The studio's formatWait and `tts --lines` print this.
std::string formatTimeLeft(double seconds);

}  // namespace mars5
