// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/cost/queueing.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ea::queueing {

double erlangC(int servers, double a)
{
    if (a <= 0)
        return 0.0;
    if (servers <= 0 || a >= servers)
        return 1.0;
    // Erlang B by the stable recurrence B(0)=1, B(k) = a·B(k-1) / (k + a·B(k-1)), then C from B.
    double b = 1.0;
    for (int k = 1; k <= servers; ++k)
        b = a * b / (k + a * b);
    const double rho = a / servers;
    return b / (1.0 - rho + rho * b);
}

double waitQuantileMs(int servers, double lambda, double serviceMs, double percentile)
{
    if (lambda <= 0)
        return 0.0;
    const double mu = 1000.0 / serviceMs; // per slot, per second
    const double a = lambda / mu;
    if (a >= servers)
        return std::numeric_limits<double>::infinity();
    const double c = erlangC(servers, a);
    const double tail = 1.0 - percentile / 100.0;
    if (c <= tail)
        return 0.0;
    // P(W > t) = C · exp(-(k·mu - lambda) t)
    return 1000.0 * std::log(c / tail) / (servers * mu - lambda);
}

SiteSizing sizeSite(double lambda, double serviceMs, int slots, double targetUtil, double percentile,
                    double waitBudgetMs, int minReplicas, int maxReplicas)
{
    SiteSizing s;
    slots = std::max(slots, 1);
    const double load = lambda * serviceMs / 1000.0; // Erlangs
    const auto ok = [&](int r) {
        const int k = r * slots;
        return load <= targetUtil * k && waitQuantileMs(k, lambda, serviceMs, percentile) <= waitBudgetMs;
    };
    int lo = std::max({minReplicas, 1, static_cast<int>(std::ceil(load / (targetUtil * slots)))});
    lo = std::min(lo, maxReplicas);
    int r = lo;
    if (!ok(r)) {
        // Exponential then binary search; the condition is monotone in r.
        int step = 1, hi = r;
        while (hi < maxReplicas && !ok(hi)) {
            r = hi;
            hi = std::min(maxReplicas, hi + step);
            step *= 2;
        }
        if (ok(hi)) {
            int a = r + 1, b = hi;
            while (a < b) {
                const int m = a + (b - a) / 2;
                if (ok(m))
                    b = m;
                else
                    a = m + 1;
            }
            r = a;
        } else {
            r = hi;
        }
    }
    s.replicas = r;
    const int k = r * slots;
    s.utilization = k > 0 ? load / k : 0.0;
    s.waitMs = waitQuantileMs(k, lambda, serviceMs, percentile);
    return s;
}

} // namespace ea::queueing
