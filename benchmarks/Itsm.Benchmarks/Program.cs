using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Itsm.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        // Median next to Mean; Ratio comes with the baselines (the naive walk in each category).
        var config = DefaultConfig.Instance
            .AddColumn(StatisticColumn.Median)
            .AddColumn(BaselineRatioColumn.RatioMean);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
