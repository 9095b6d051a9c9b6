using System.Runtime.InteropServices;

namespace PolicyKB.Ingestion;

/// <summary>
/// CPU time used by the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>, a vDSO call costing well under a
/// microsecond), so a step's cost can be told apart from time spent waiting for the disk or for the other processes of
/// a loaded machine. Null where the clock is not available.
/// </summary>
public static class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3;
    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>The thread's CPU time in milliseconds, or null.</summary>
    public static double? Now()
    {
        if (_unavailable) return null;
        try
        {
            return ClockGetTime(ThreadCpuTimeId, out var time) == 0 ? time.Seconds * 1000.0 + time.Nanoseconds / 1e6 : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return null;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);
}
