using Quarry.Data.IO;
using Quarry.Data.Records;
using Quarry.Data.Trec;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Data.Tests.Formats;

public sealed class TrecDocumentTests
{
    [Fact]
    public void TrecDocumentReader_NplGz_ReadsEveryDocument()
    {
        var docs = TrecDocumentReader.Read(SharedData.Path("classic/npl-vaswani/doc-text.trec.gz")).ToList();
        Assert.Equal(11429, docs.Count);
        Assert.Equal("1", docs[0].Id);
        Assert.Equal("compact memories have flexible capacities  a digital data storage system with capacity up to bits and random and or sequential access is described", docs[0].Text);
    }

    [Fact]
    public void TrecDocumentReader_InlineTagsAndTextElement_StripsMarkup()
    {
        using var dir = new TempDir();
        string path = dir.File("docs.trec");
        File.WriteAllText(path, "<DOC><DOCNO> d1 </DOCNO><TEXT>Hello\nworld</TEXT></DOC>\n<doc>\n<docno>d2</docno>\n<HEADLINE>Title</HEADLINE>\nbody\n</doc>\n");
        Assert.Equal([new Passage("d1", "Hello world"), new Passage("d2", "Title body")], TrecDocumentReader.Read(path).ToList());
    }

    [Fact]
    public void TrecDocumentReader_MissingDocno_ThrowsAtTheDocLine()
    {
        using var dir = new TempDir();
        string path = dir.File("docs.trec");
        File.WriteAllText(path, "<DOC>\n<DOCNO>1</DOCNO>\na\n</DOC>\n<DOC>\nno id\n</DOC>\n");
        var ex = Assert.Throws<InputFormatException>(() => TrecDocumentReader.Read(path).ToList());
        Assert.Equal("docs.trec:5: expected <DOCNO>id</DOCNO> in the document opened here", ex.Message);
    }

    [Fact]
    public void TrecDocumentReader_TextOutsideDocument_Throws()
    {
        using var dir = new TempDir();
        string path = dir.File("docs.trec");
        File.WriteAllText(path, "stray\n<DOC><DOCNO>1</DOCNO></DOC>\n");
        var ex = Assert.Throws<InputFormatException>(() => TrecDocumentReader.Read(path).ToList());
        Assert.StartsWith("docs.trec:1: expected <DOC>", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrecDocumentWriter_RoundTrip_ReadsBackIdsAndTexts()
    {
        using var dir = new TempDir();
        string path = dir.File("out.trec");
        Passage[] docs = [new("a", "first text"), new("b", "second text")];
        TrecDocumentWriter.Write(path, docs);
        Assert.Equal(docs, TrecDocumentReader.Read(path).ToList());
    }

    [Fact]
    public void TrecDocumentWriter_TextHoldingEndTag_FailsAndLeavesNoFile()
    {
        using var dir = new TempDir();
        string path = dir.File("out.trec");
        var ex = Assert.Throws<InvalidDataException>(() => TrecDocumentWriter.Write(path, [new Passage("a", "ok"), new Passage("b", "x </doc> y")]));
        Assert.Contains("'b'", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }
}
