using System.Diagnostics;
using Quarry.Data.IO;
using Quarry.Neural.Tests.Onnx;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Cli.Tests.Encode;

/// <summary>A `quarry encode` process killed mid-run resumes from its checkpoints and ends with the same file.</summary>
public sealed class EncodeKillResumeTests
{
    [Fact]
    public void Encode_ProcessKilledAfterTwoParts_RerunResumesAndMatchesUninterruptedBytes()
    {
        using var dir = new TempDir();
        string model = dir.File("model");
        TestEncoders.Write(model, SharedData.Path("models/tokenizers/bert-base-uncased/vocab.txt"), new TestEncoderSpec { Dim = 64, Layers = 2, FeedForward = 256 });
        string collection = dir.File("collection.tsv");
        File.WriteAllLines(collection, TextInput.ReadLines(SharedData.Path("msmarco/passages.dl19-dl20.union.tsv.gz")).Take(2000).Select(l => l.Text));
        string[] common = ["encode", "--model", model, "--collection", collection, "--checkpoint-every", "100", "--batch-size", "16", "--threads", "1"];

        var whole = CliProcess.Run([.. common, "--output", dir.File("whole.qvec")]);
        Assert.True(whole.ExitCode == 0, whole.StdErr);

        string output = dir.File("killed.qvec");
        bool killed = RunAndKillAfterParts([.. common, "--output", output], output + ".parts", parts: 2);
        if (killed)
        {
            Assert.False(File.Exists(output));
        }

        var resumed = CliProcess.Run([.. common, "--output", output]);
        Assert.True(resumed.ExitCode == 0, resumed.StdErr);
        Assert.True(killed, "the first run finished before it could be killed; the machine outran the test");
        Assert.Contains("from checkpoints", resumed.StdErr, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(dir.File("whole.qvec")), File.ReadAllBytes(output));
        Assert.False(Directory.Exists(output + ".parts"));
    }

    private static bool RunAndKillAfterParts(string[] args, string partsDir, int parts)
    {
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "quarry.dll"));
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!process.HasExited && DateTime.UtcNow < deadline)
        {
            if (Directory.Exists(partsDir) && Directory.GetFiles(partsDir, "part-*.qvec").Length >= parts)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return true;
            }

            Thread.Sleep(10);
        }

        process.WaitForExit();
        return false;
    }
}
