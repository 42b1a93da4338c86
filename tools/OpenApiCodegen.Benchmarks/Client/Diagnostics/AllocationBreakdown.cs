using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace OpenApiCodegen.Benchmarks.Client.Diagnostics;

/// <summary>
/// <c>allocations ClientDeserializationBenchmarks.OpenApiCodegen ...</c>: which types a client benchmark allocates, so
/// that a difference in the Allocated column can be traced to code. It runs the benchmark's setup, then the
/// benchmark method until about 400 MB were allocated, while an EventListener counts the runtime's allocation
/// samples (one GCAllocationTick per ~100 KB allocated, attributed to the type whose allocation crossed the
/// threshold). Samples per type, scaled to the total that GC.GetAllocatedBytesForCurrentThread measured, estimate
/// the bytes per call of each type. It is a sampling estimate for finding the big items, not a figure to report.
/// </summary>
internal static class AllocationBreakdown
{
    private const long Budget = 400L * 1024 * 1024;

    public static void Run(IEnumerable<string> benchmarks)
    {
        foreach (var name in benchmarks)
        {
            var (type, method) = Find(name);
            var instance = Activator.CreateInstance(type)!;
            foreach (var setup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null))
            {
                setup.Invoke(instance, null);
            }

            Invoke(instance, method); // warm up: JIT and first-call caches are not what a call costs

            using var listener = new AllocationTickListener();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var calls = 0L;
            while (GC.GetAllocatedBytesForCurrentThread() - before < Budget)
            {
                Invoke(instance, method);
                calls++;
            }

            var perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)calls;
            Thread.Sleep(2_000); // the listener receives the runtime's events on another thread, a little later
            Report(name, perCall, listener.Samples);
        }
    }

    private static (Type Type, MethodInfo Method) Find(string name)
    {
        var parts = name.Split('.');
        var type = typeof(AllocationBreakdown).Assembly.GetTypes().SingleOrDefault(t => t.Name == parts[0])
                   ?? throw new ArgumentException($"No benchmark class named '{parts[0]}'.");
        var method = type.GetMethod(parts.Length > 1 ? parts[1] : string.Empty)
                     ?? throw new ArgumentException($"{type.Name} has no benchmark '{(parts.Length > 1 ? parts[1] : string.Empty)}'.");
        return (type, method);
    }

    private static void Invoke(object instance, MethodInfo method)
    {
        if (method.Invoke(instance, null) is Task task)
        {
            task.GetAwaiter().GetResult();
        }
    }

    private static void Report(string name, double perCall, IReadOnlyDictionary<string, long> samples)
    {
        var total = Math.Max(1, samples.Values.Sum());
        Console.WriteLine($"{name}: {perCall:N0} bytes per call; {total:N0} samples");
        foreach (var (type, count) in samples.OrderByDescending(s => s.Value).Take(int.TryParse(Environment.GetEnvironmentVariable("ALLOCATION_ROWS"), out var rows) ? rows : 15))
        {
            Console.WriteLine($"  {count * 100.0 / total,5:N1}%  ~{perCall * count / total,9:N0} B  {type}");
        }
    }

    /// <summary>Counts the runtime's GCAllocationTick events by the type they name.</summary>
    private sealed class AllocationTickListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;
        private readonly ConcurrentDictionary<string, long> _samples = new();

        public IReadOnlyDictionary<string, long> Samples => _samples;

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && e.PayloadNames is { } names)
            {
                var typeName = e.Payload?[names.IndexOf("TypeName")] as string ?? "?";
                _samples.AddOrUpdate(typeName, 1, (_, count) => count + 1);
            }
        }
    }
}
