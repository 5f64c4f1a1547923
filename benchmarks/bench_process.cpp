// Runs a command many times and prints its median wall time and median peak resident memory
// (from wait4's rusage, so the figure is the kernel's, not a sample).
// usage: bench_process RUNS COMMAND [ARGS...]
//        bench_process RUNS COMMAND [ARGS...] --vs REFERENCE [ARGS...]
// With --vs the two commands run in turns (A B A B ...) and the ratio A/B is taken pair by pair,
// so a machine whose speed drifts during the call moves both sides of each ratio alike. It prints
// the median wall time and peak memory of each, then the ratio's median, minimum and maximum.
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

extern char **environ;

namespace {

struct Run
{
    double millis = 0;
    long peakKb = 0;
};

// False if the command could not start or did not exit 0 (said on stderr).
bool runOnce(char **command, Run &run)
{
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawnp(&pid, command[0], nullptr, nullptr, command, environ) != 0) {
        std::perror("posix_spawnp");
        return false;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.millis =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    run.peakKb = usage.ru_maxrss;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "%s exited with %d\n", command[0], WEXITSTATUS(status));
        return false;
    }
    return true;
}

template<typename T>
T median(std::vector<T> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s RUNS COMMAND [ARGS...] [--vs REFERENCE [ARGS...]]\n",
                     argv[0]);
        return 2;
    }
    const int runs = std::atoi(argv[1]);
    char **commandA = argv + 2;
    char **commandB = nullptr;
    for (int i = 3; i < argc; ++i) {
        if (std::strcmp(argv[i], "--vs") == 0 && i + 1 < argc) {
            argv[i] = nullptr; // ends A's argument list
            commandB = argv + i + 1;
            break;
        }
    }
    std::vector<Run> a, b;
    for (int i = 0; i < runs + 2; ++i) {
        Run runA, runB;
        if (!runOnce(commandA, runA) || (commandB && !runOnce(commandB, runB)))
            return 1;
        if (i < 2)
            continue; // two warm-up runs fill the page cache
        a.push_back(runA);
        b.push_back(runB);
    }
    std::vector<double> millisA, millisB, ratios;
    std::vector<long> peaksA, peaksB;
    for (size_t i = 0; i < a.size(); ++i) {
        millisA.push_back(a[i].millis);
        peaksA.push_back(a[i].peakKb);
        millisB.push_back(b[i].millis);
        peaksB.push_back(b[i].peakKb);
        if (commandB)
            ratios.push_back(a[i].millis / b[i].millis);
    }
    if (!commandB) {
        std::printf("%.1f %.1f\n", median(millisA), median(peaksA) / 1024.0);
        return 0;
    }
    std::sort(ratios.begin(), ratios.end());
    std::printf("A: median %.1f ms, peak %.1f MB\n", median(millisA), median(peaksA) / 1024.0);
    std::printf("B: median %.1f ms, peak %.1f MB\n", median(millisB), median(peaksB) / 1024.0);
    std::printf("A/B wall, pair by pair: median %.2f, min %.2f, max %.2f (%zu pairs)\n",
                median(ratios), ratios.front(), ratios.back(), ratios.size());
    return 0;
}
