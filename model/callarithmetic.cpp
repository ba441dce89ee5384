#include "callarithmetic.h"

#include <algorithm>

namespace seam {

long long attemptsOf(const Integration &integration)
{
    if (!integration.reliability || !integration.reliability->retry)
        return 1;
    const Retry &retry = *integration.reliability->retry;
    return retry.unbounded || !retry.maxAttempts ? 1 : std::max<long long>(1, *retry.maxAttempts);
}

double backoffTotalMs(const Integration &integration, long long attempts)
{
    if (attempts < 2 || !integration.reliability || !integration.reliability->retry)
        return 0;
    const Retry &retry = *integration.reliability->retry;
    if (!retry.backoff || *retry.backoff == Backoff::None || !retry.initialMs)
        return 0;
    double delay = double(*retry.initialMs);
    double total = 0;
    for (long long k = 1; k < attempts; ++k) {
        const double capped = retry.maxMs ? std::min(delay, double(*retry.maxMs)) : delay;
        total += capped;
        if (*retry.backoff == Backoff::Exponential)
            delay = std::min(delay * 2, kAttemptProductCap);
    }
    return total;
}

double worstCaseMs(const Integration &integration)
{
    if (!integration.timeoutMs)
        return 0;
    const long long attempts = attemptsOf(integration);
    return double(attempts) * double(*integration.timeoutMs) + backoffTotalMs(integration, attempts);
}

} // namespace seam
