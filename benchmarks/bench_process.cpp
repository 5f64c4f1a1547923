// Runs a command many times and prints its median wall time and median peak resident memory
// (from wait4's rusage, so the figure is the kernel's, not a sample).
// usage: bench_process RUNS COMMAND [ARGS...]
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

extern char **environ;

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s RUNS COMMAND [ARGS...]\n", argv[0]);
        return 2;
    }
    const int runs = std::atoi(argv[1]);
    std::vector<double> millis;
    std::vector<long> peaks;
    for (int i = 0; i < runs + 2; ++i) {
        const auto start = std::chrono::steady_clock::now();
        pid_t pid = 0;
        if (posix_spawnp(&pid, argv[2], nullptr, nullptr, argv + 2, environ) != 0) {
            std::perror("posix_spawnp");
            return 1;
        }
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        const double elapsed =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            std::fprintf(stderr, "%s exited with %d\n", argv[2], WEXITSTATUS(status));
            return 1;
        }
        if (i < 2)
            continue; // two warm-up runs fill the page cache
        millis.push_back(elapsed);
        peaks.push_back(usage.ru_maxrss);
    }
    std::sort(millis.begin(), millis.end());
    std::sort(peaks.begin(), peaks.end());
    std::printf("%.1f %.1f\n", millis[millis.size() / 2], peaks[peaks.size() / 2] / 1024.0);
    return 0;
}
