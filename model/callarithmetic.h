#pragma once
// What one synchronous call costs when its callee fails or hangs: attempts, the backoff waits
// between them, and the worst case a caller may wait. One source for lint's resilience rules
// (retry-amplification, timeout-inversion) and for `seam-cli simulate`.

#include "model.h"

namespace seam {

// Attempts in all of one call, first included. Unbounded or unnumbered retries count once:
// unbounded-retries reports them, and no product can be formed.
long long attemptsOf(const Integration &integration);

// The waits between the attempts of one call: attempts − 1 delays, doubling for exponential
// backoff up to max_ms. Jitter spreads them, it does not add.
double backoffTotalMs(const Integration &integration, long long attempts);

// How long a caller may wait on one call that keeps timing out: attempts × timeout_ms plus the
// backoff between them; 0 without a timeout_ms.
double worstCaseMs(const Integration &integration);

// Above this a product of attempts is capped (and written "more than"): chains of thousands of
// retrying hops must not overflow, and nobody reads the digits.
inline constexpr double kAttemptProductCap = 1e12;

} // namespace seam
