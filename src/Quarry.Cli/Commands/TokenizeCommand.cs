using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Quarry.Cli.Hosting;
using Quarry.Data.IO;
using Quarry.Neural.Tokenization;

namespace Quarry.Cli.Commands;

/// <summary>`quarry tokenize`: Tokenize texts or (query, passage) pairs with a BERT WordPiece tokenizer.</summary>
public static class TokenizeCommand
{
    public static Command Create()
    {
        var tokenizer = new Option<string>("--tokenizer") { Description = "Tokenizer: a folder with tokenizer.json or vocab.txt, or one of those files", Required = true };
        var input = new Option<string>("--input", "-i") { Description = "Input: 'id<TAB>text' lines, or with --pair 'qid<TAB>query<TAB>pid<TAB>passage' (.gz allowed)", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Output JSON lines: {\"id\",\"ids\"}, or with --pair {\"qid\",\"pid\",\"ids\",\"type_ids\"}", Required = true };
        var pair = new Option<bool>("--pair") { Description = "Tokenize (query, passage) pairs as a cross-encoder reads them: [CLS] q [SEP] p [SEP]" };
        var maxLength = new Option<int>("--max-length") { Description = "Maximum tokens per sequence, [CLS] and [SEP] included", DefaultValueFactory = _ => 512 };
        var truncation = new Option<string>("--truncation")
        {
            Description = "longest-first (Hugging Face tokenizers: specials kept) or cut-sequence (transformers.js: the assembled sequence is cut)",
            DefaultValueFactory = _ => "longest-first",
        };
        truncation.AcceptOnlyFromAmong("longest-first", "cut-sequence");
        var lowercase = new Option<bool?>("--lowercase") { Description = "true: uncased (lower-case, strip accents); false: cased. Default: the tokenizer's own setting" };
        var command = new Command("tokenize", "Tokenize texts or (query, passage) pairs with a BERT WordPiece tokenizer; ids equal Hugging Face's.");
        foreach (var option in new Option[] { tokenizer, input, output, pair, maxLength, truncation, lowercase })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => CliRunner.Run("tokenize", () =>
        {
            int max = parseResult.GetValue(maxLength);
            bool isPair = parseResult.GetValue(pair);
            if (max < (isPair ? 3 : 2))
            {
                throw new UsageException($"--max-length {max}: must be at least {(isPair ? 3 : 2)}");
            }

            var mode = parseResult.GetValue(truncation) == "cut-sequence" ? Truncation.CutSequence : Truncation.LongestFirst;
            var tok = TokenizerFiles.Load(parseResult.GetValue(tokenizer)!, parseResult.GetValue(lowercase));
            string inPath = parseResult.GetValue(input)!;
            string outPath = parseResult.GetValue(output)!;
            long lines = ConsoleProgress.Run("tokenize", 0, progress => Write(tok, inPath, outPath, isPair, max, mode, progress));
            Console.Error.WriteLine($"quarry tokenize: {lines} {(isPair ? "pairs" : "texts")} -> {outPath}");
            return 0;
        }));
        return command;
    }

    private static long Write(WordPieceTokenizer tok, string inPath, string outPath, bool isPair, int max, Truncation mode, Action<long> progress)
    {
        using var writer = new AtomicFileWriter(outPath);
        var line = new StringBuilder(4096);
        long count = 0;
        foreach (var (number, text) in TextInput.ReadLines(inPath))
        {
            line.Clear();
            string[] fields = text.Split('\t');
            if (isPair)
            {
                if (fields.Length != 4)
                {
                    throw new InputFormatException(inPath, number, $"expected 4 tab-separated fields qid, query, pid, passage; found {fields.Length}");
                }

                var encoded = tok.EncodePair(fields[1], fields[3], max, mode);
                line.Append("{\"qid\":").Append(Quote(fields[0])).Append(",\"pid\":").Append(Quote(fields[2]));
                AppendArray(line.Append(",\"ids\":"), encoded.Ids);
                AppendArray(line.Append(",\"type_ids\":"), encoded.TypeIds);
            }
            else
            {
                int tab = text.IndexOf('\t');
                if (tab < 0)
                {
                    throw new InputFormatException(inPath, number, "expected id<TAB>text");
                }

                line.Append("{\"id\":").Append(Quote(text[..tab]));
                AppendArray(line.Append(",\"ids\":"), tok.Encode(text[(tab + 1)..], max, mode));
            }

            writer.Writer.Write(line.Append("}\n"));
            count++;
            if ((count & 1023) == 0)
            {
                progress(1024);
            }
        }

        writer.Commit();
        return count;
    }

    private static string Quote(string s) => JsonSerializer.Serialize(s, QuoteOptions);

    private static readonly JsonSerializerOptions QuoteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void AppendArray(StringBuilder sb, int[] values)
    {
        sb.Append('[');
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(values[i]);
        }

        sb.Append(']');
    }
}
