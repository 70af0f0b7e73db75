using System.Text.Json;
using Quarry.Data.IO;
using Quarry.Neural.Tokenization;
using Quarry.Tests.Shared;

namespace Quarry.Neural.Tests.Tokenization;

/// <summary>Ids must equal Hugging Face's, line for line, on every reference file in shared/data/tokenization.</summary>
public sealed class TokenizationParityTests
{
    private static readonly Lazy<WordPieceTokenizer> Bert = new(() =>
        TokenizerFiles.Load(SharedData.Path("models/tokenizers/bert-base-uncased")));

    [Fact]
    public void Encode_ReferencePassages_MatchHuggingFaceIds()
    {
        var texts = FirstTexts("msmarco/passages.dl19-dl20.union.tsv.gz", 3000);
        AssertSingles(texts, "tokenization/bert-base-uncased.passages.jsonl.gz", Bert.Value, 3000);
    }

    [Fact]
    public void Encode_ReferenceQueries_MatchHuggingFaceIds()
    {
        var texts = FirstTexts("msmarco/topics.msmarco-passage.dev-subset.txt", 1000);
        AssertSingles(texts, "tokenization/bert-base-uncased.queries.jsonl.gz", Bert.Value, 1000);
    }

    /// <summary>The reference file cuts the assembled pair at max_length (transformers.js), losing the last [SEP].</summary>
    [Fact]
    public void EncodePair_ReferencePairsCutSequence_MatchIdsAndTypeIds()
    {
        var queries = FirstTexts("msmarco/topics.msmarco-passage.dev-subset.txt", 500);
        var passages = FirstTexts("msmarco/passages.dl19-dl20.union.tsv.gz", 500);
        int checkedLines = 0;
        int truncated = 0;
        foreach (var (_, line) in TextInput.ReadLines(SharedData.Path("tokenization/bert-base-uncased.pairs.jsonl.gz")))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            string qid = root.GetProperty("qid").GetString()!;
            string pid = root.GetProperty("pid").GetString()!;
            int maxLength = root.GetProperty("max_length").GetInt32();
            var pair = Bert.Value.EncodePair(queries[checkedLines].Text, passages[checkedLines].Text, maxLength, Truncation.CutSequence);
            Assert.Equal(qid, queries[checkedLines].Id);
            Assert.Equal(pid, passages[checkedLines].Id);
            Assert.True(Ints(root.GetProperty("ids")).SequenceEqual(pair.Ids), $"ids differ for pair {qid}/{pid}");
            Assert.True(Ints(root.GetProperty("type_ids")).SequenceEqual(pair.TypeIds), $"type ids differ for pair {qid}/{pid}");
            truncated += pair.Ids.Length == maxLength ? 1 : 0;
            checkedLines++;
        }

        Assert.Equal(500, checkedLines);
        Assert.True(truncated > 0, "the reference pairs should exercise truncation");
    }

    [Fact]
    public void EncodePair_ReferencePairsLongestFirst_AgreeUntilCutAndKeepSeparators()
    {
        var queries = FirstTexts("msmarco/topics.msmarco-passage.dev-subset.txt", 500);
        var passages = FirstTexts("msmarco/passages.dl19-dl20.union.tsv.gz", 500);
        int i = 0;
        int truncated = 0;
        foreach (var (_, line) in TextInput.ReadLines(SharedData.Path("tokenization/bert-base-uncased.pairs.jsonl.gz")))
        {
            using var doc = JsonDocument.Parse(line);
            int[] expected = [.. Ints(doc.RootElement.GetProperty("ids"))];
            var pair = Bert.Value.EncodePair(queries[i].Text, passages[i].Text, 128);
            i++;
            if (expected.Length < 128 || expected[^1] == Bert.Value.SepId)
            {
                Assert.Equal(expected, pair.Ids);
                continue;
            }

            // Cut: same length, same prefix up to the final [SEP], which longest-first keeps.
            truncated++;
            Assert.Equal(128, pair.Ids.Length);
            Assert.Equal(Bert.Value.SepId, pair.Ids[^1]);
            Assert.Equal(expected[..^1], pair.Ids[..^1]);
        }

        Assert.True(truncated > 0);
    }

    private static void AssertSingles(List<(string Id, string Text)> texts, string reference, WordPieceTokenizer tokenizer, int expected)
    {
        int n = 0;
        var mismatches = new List<string>();
        foreach (var (_, line) in TextInput.ReadLines(SharedData.Path(reference)))
        {
            using var doc = JsonDocument.Parse(line);
            string id = doc.RootElement.GetProperty("id").GetString()!;
            Assert.Equal(texts[n].Id, id);
            int[] ids = tokenizer.Encode(texts[n].Text, 512);
            if (!Ints(doc.RootElement.GetProperty("ids")).SequenceEqual(ids))
            {
                mismatches.Add(id);
            }

            n++;
        }

        Assert.Equal(expected, n);
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} texts differ, first ids: {string.Join(", ", mismatches.Take(10))}");
    }

    internal static List<(string Id, string Text)> FirstTexts(string relative, int count)
    {
        var list = new List<(string, string)>(count);
        foreach (var (_, line) in TextInput.ReadLines(SharedData.Path(relative)))
        {
            int tab = line.IndexOf('\t');
            list.Add((line[..tab], line[(tab + 1)..]));
            if (list.Count == count)
            {
                break;
            }
        }

        return list;
    }

    private static IEnumerable<int> Ints(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32());
}
