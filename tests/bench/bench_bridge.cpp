// tvpair_bench_bridge: the load generator of the bridge benchmark (tests/bench/bench_bridge.py
// drives it; see README.md). One thread, one epoll set, N keep-alive HTTP/1.1 connections per
// target, each sending its next request as soon as the answer to the last one is read (closed
// loop). Cheap on purpose: no allocation per request beyond the answer bytes, no TLS, no
// parsing beyond the status line, Content-Length and the one JSON string it needs.
//
// For each pending-code level, in the same run: every target is filled up to the level through
// its device authorization endpoint (authorizations/s, p50/p99), then every target is polled
// for --poll-seconds, round after round, interleaved (polls/s, p50/p99, and the answers:
// authorization_pending, slow_down, anything else). RSS of the server process before the
// first code and after each level gives memory per pending code; the CPU time of the server
// (and of its database's processes, PIDs after the first) per answer is the figure that a
// busy shared machine disturbs least.
//
// Prints one JSON object per measurement on stdout; nothing here judges a number.
#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

double nowSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

struct Target {
    std::string name;
    int port = 0;
    int pid = 0;
    std::string authPath;
    std::string tokenPath;
    size_t pollWindow = 0;  // 0: poll every code; N: only the newest N (a server that holds fewer)
    size_t fillCap = 0;     // 0: fill to every level; N: never beyond N codes (a server that holds fewer)
    std::vector<int> cpuPids;  // whose CPU time counts as this server's (the server, its database)
    std::vector<std::string> deviceCodes;
    long rssBeforeKb = -1;
};

struct Connection {
    int fd = -1;
    Target *target = nullptr;
    std::string out;
    size_t sent = 0;
    std::string in;
    double startedAt = 0;
    bool busy = false;
};

struct Tally {
    std::vector<double> latenciesMs;
    long pending = 0, slowDown = 0, other = 0, errors = 0;
    long done = 0;
};

long rssKb(int pid)
{
    std::ifstream f("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(f, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::atol(line.c_str() + 6);
    }
    return -1;
}

// User + system CPU time of these processes, in seconds.
double cpuSeconds(const std::vector<int> &pids)
{
    double ticks = 0;
    for (const int pid : pids) {
        std::ifstream f("/proc/" + std::to_string(pid) + "/stat");
        std::string stat((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
        const size_t close = stat.rfind(')');
        if (close == std::string::npos)
            continue;
        // Fields after the command name: state is field 3, utime 14, stime 15.
        const auto fields = [&] {
            std::vector<std::string> out;
            size_t i = close + 2;
            while (i < stat.size()) {
                const size_t sp = stat.find(' ', i);
                out.push_back(stat.substr(i, sp - i));
                if (sp == std::string::npos)
                    break;
                i = sp + 1;
            }
            return out;
        }();
        if (fields.size() > 12)
            ticks += std::atof(fields[11].c_str()) + std::atof(fields[12].c_str());
    }
    return ticks / double(sysconf(_SC_CLK_TCK));
}

double percentile(std::vector<double> xs, double p)
{
    if (xs.empty())
        return 0;
    std::sort(xs.begin(), xs.end());
    const size_t i = std::min(xs.size() - 1, size_t(p * double(xs.size())));
    return xs[i];
}

int connectTo(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(uint16_t(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

// The request body of the next request on this connection; empty: nothing more to send.
using NextBody = std::string (*)(Target &, long seq);

std::string authBody(Target &, long) { return "client_id=tv-app&scope=openid"; }

std::string pollBody(Target &t, long seq)
{
    const size_t n = t.deviceCodes.size();
    const size_t window = t.pollWindow && t.pollWindow < n ? t.pollWindow : n;
    const std::string &code = t.deviceCodes[n - window + size_t(seq) % window];
    return "client_id=tv-app&grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&device_code=" + code;
}

// Runs `clients` connections against one target until `count` answers (count > 0) or until
// `seconds` have passed. Authorization answers' device codes are appended to the target.
Tally run(Target &t, int clients, bool authorize, long count, double seconds)
{
    Tally tally;
    const std::string path = authorize ? t.authPath : t.tokenPath;
    const std::string head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(t.port)
        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ";
    const int ep = ::epoll_create1(0);
    std::vector<Connection> conns(static_cast<size_t>(clients));
    long issued = 0;
    const double deadline = nowSeconds() + seconds;
    auto wantMore = [&] { return count > 0 ? issued < count : nowSeconds() < deadline; };
    auto send = [&](Connection &c) {
        const std::string body = authorize ? authBody(t, issued) : pollBody(t, issued);
        ++issued;
        c.out = head + std::to_string(body.size()) + "\r\n\r\n" + body;
        c.sent = 0;
        c.in.clear();
        c.busy = true;
        c.startedAt = nowSeconds();
        const ssize_t n = ::send(c.fd, c.out.data(), c.out.size(), MSG_NOSIGNAL);
        if (n > 0)
            c.sent = size_t(n);
    };
    auto open = [&](Connection &c) {
        c.fd = connectTo(t.port);
        if (c.fd < 0)
            return false;
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.ptr = &c;
        ::epoll_ctl(ep, EPOLL_CTL_ADD, c.fd, &ev);
        return true;
    };
    for (auto &c : conns) {
        c.target = &t;
        if (open(c) && wantMore())
            send(c);
    }
    auto busyCount = [&] { return std::count_if(conns.begin(), conns.end(), [](const Connection &c) { return c.busy; }); };
    std::vector<epoll_event> events(static_cast<size_t>(clients));
    char buf[16384];
    while (busyCount() > 0) {
        const int n = ::epoll_wait(ep, events.data(), clients, 1000);
        for (int i = 0; i < n; ++i) {
            Connection &c = *static_cast<Connection *>(events[size_t(i)].data.ptr);
            const ssize_t r = ::recv(c.fd, buf, sizeof buf, 0);
            if (r <= 0) {
                if (r < 0 && (errno == EAGAIN || errno == EINTR))
                    continue;
                // The server closed the connection: count it and open a new one.
                ::close(c.fd);
                if (c.busy)
                    ++tally.errors;
                c.busy = false;
                if (open(c) && wantMore())
                    send(c);
                continue;
            }
            c.in.append(buf, size_t(r));
            const size_t headEnd = c.in.find("\r\n\r\n");
            if (headEnd == std::string::npos)
                continue;
            size_t length = 0;
            for (const char *name : {"Content-Length:", "content-length:"}) {
                const size_t at = c.in.find(name);
                if (at != std::string::npos && at < headEnd)
                    length = size_t(std::atol(c.in.c_str() + at + std::strlen(name)));
            }
            if (c.in.size() < headEnd + 4 + length)
                continue;
            const double ms = (nowSeconds() - c.startedAt) * 1000.0;
            const int status = std::atoi(c.in.c_str() + 9);
            const std::string body = c.in.substr(headEnd + 4, length);
            ++tally.done;
            tally.latenciesMs.push_back(ms);
            if (authorize) {
                const std::string key = "\"device_code\":\"";
                const size_t at = body.find(key);
                const size_t end = at == std::string::npos ? at : body.find('"', at + key.size());
                if (status == 200 && end != std::string::npos)
                    t.deviceCodes.push_back(body.substr(at + key.size(), end - at - key.size()));
                else
                    ++tally.errors;
            } else if (body.find("\"authorization_pending\"") != std::string::npos) {
                ++tally.pending;
            } else if (body.find("\"slow_down\"") != std::string::npos) {
                ++tally.slowDown;
            } else {
                ++tally.other;
            }
            c.busy = false;
            const bool closing = c.in.find("Connection: close") < headEnd || c.in.find("connection: close") < headEnd;
            if (closing) {
                ::close(c.fd);
                open(c);
            }
            if (wantMore())
                send(c);
        }
    }
    for (auto &c : conns) {
        if (c.fd >= 0)
            ::close(c.fd);
    }
    ::close(ep);
    return tally;
}

std::vector<std::string> split(const std::string &s, char sep)
{
    std::vector<std::string> out;
    size_t start = 0;
    for (;;) {
        const size_t at = s.find(sep, start);
        out.push_back(s.substr(start, at - start));
        if (at == std::string::npos)
            return out;
        start = at + 1;
    }
}

void print(const char *phase, const Target &t, size_t level, int clients, double seconds, const Tally &r, long rss,
           double cpu)
{
    std::printf("{\"phase\":\"%s\",\"target\":\"%s\",\"level\":%zu,\"clients\":%d,\"seconds\":%.3f,\"answers\":%ld,"
                "\"server_cpu_us_per_answer\":%.1f,"
                "\"per_second\":%.1f,\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"authorization_pending\":%ld,\"slow_down\":%ld,"
                "\"other\":%ld,\"errors\":%ld,\"rss_kb\":%ld,\"rss_before_kb\":%ld,\"codes\":%zu}\n",
                phase, t.name.c_str(), level, clients, seconds, r.done, r.done ? cpu * 1e6 / double(r.done) : 0.0, seconds > 0 ? double(r.done) / seconds : 0.0,
                percentile(r.latenciesMs, 0.50), percentile(r.latenciesMs, 0.99), r.pending, r.slowDown, r.other,
                r.errors, rss, t.rssBeforeKb, t.deviceCodes.size());
    std::fflush(stdout);
}

int usage()
{
    std::fputs("usage: tvpair_bench_bridge --target NAME:PORT:PID[+PID...]:AUTH_PATH:TOKEN_PATH[:POLL_WINDOW[:FILL_CAP]] ...\n"
               "         [--levels 10000,100000] [--clients 32] [--poll-seconds 5] [--rounds 3]\n",
               stderr);
    return 2;
}

}  // namespace

int main(int argc, char **argv)
{
    std::vector<Target> targets;
    std::vector<size_t> levels{10000, 100000};
    int clients = 32;
    double pollSeconds = 5;
    int rounds = 3;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (i + 1 >= argc)
            return usage();
        const std::string v = argv[++i];
        if (a == "--target") {
            const auto f = split(v, ':');
            if (f.size() < 5)
                return usage();
            Target t;
            t.name = f[0];
            t.port = std::atoi(f[1].c_str());
            t.pid = std::atoi(f[2].c_str());
            t.authPath = f[3];
            t.tokenPath = f[4];
            t.pollWindow = f.size() > 5 ? size_t(std::atol(f[5].c_str())) : 0;
            t.fillCap = f.size() > 6 ? size_t(std::atol(f[6].c_str())) : 0;
            for (const auto &pid : split(f[2], '+'))
                t.cpuPids.push_back(std::atoi(pid.c_str()));
            t.pid = t.cpuPids.front();
            targets.push_back(t);
        } else if (a == "--levels") {
            levels.clear();
            for (const auto &l : split(v, ','))
                levels.push_back(size_t(std::atol(l.c_str())));
        } else if (a == "--clients") {
            clients = std::max(1, std::atoi(v.c_str()));
        } else if (a == "--poll-seconds") {
            pollSeconds = std::atof(v.c_str());
        } else if (a == "--rounds") {
            rounds = std::max(1, std::atoi(v.c_str()));
        } else {
            return usage();
        }
    }
    if (targets.empty())
        return usage();
    for (auto &t : targets) {
        // A few requests first (connections, caches, the first statements prepared), not counted.
        run(t, clients, true, clients, 0);
        t.rssBeforeKb = rssKb(t.pid);
    }
    for (const size_t level : levels) {
        for (auto &t : targets) {
            const size_t goal = t.fillCap ? std::min(level, t.fillCap) : level;
            if (t.deviceCodes.size() >= goal)
                continue;
            const long want = long(goal - t.deviceCodes.size());
            const double start = nowSeconds();
            const double cpu = cpuSeconds(t.cpuPids);
            const Tally r = run(t, clients, true, want, 0);
            print("authorize", t, level, clients, nowSeconds() - start, r, rssKb(t.pid), cpuSeconds(t.cpuPids) - cpu);
        }
        for (int round = 0; round < rounds; ++round) {
            for (auto &t : targets) {
                const double start = nowSeconds();
                const double cpu = cpuSeconds(t.cpuPids);
                const Tally r = run(t, clients, false, 0, pollSeconds);
                print("poll", t, level, clients, nowSeconds() - start, r, rssKb(t.pid), cpuSeconds(t.cpuPids) - cpu);
            }
        }
    }
    return 0;
}
