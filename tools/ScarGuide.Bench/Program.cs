using ScarGuide.Bench;

return BenchCommandLine.Create().Parse(args).Invoke();
