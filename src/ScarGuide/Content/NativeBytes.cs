using System.Runtime.InteropServices;

namespace ScarGuide.Content;

/// <summary>
/// Bytes in memory the garbage collector neither copies nor counts (<see cref="NativeMemory"/>), for the large texts a
/// one-shot build holds from one step to a later one (<see cref="Utf8Text"/>). Freed by <see cref="Free"/> where the
/// build lets the text go, else by the finalizer once nothing refers to it.
/// </summary>
internal sealed unsafe class NativeBytes
{
    private nint _address;
    private int _length;

    public NativeBytes(ReadOnlySpan<byte> bytes)
    {
        _address = (nint)NativeMemory.Alloc((nuint)bytes.Length);
        _length = bytes.Length;
        bytes.CopyTo(new Span<byte>((void*)_address, _length));
    }

    /// <summary>The bytes; empty once freed.</summary>
    public ReadOnlySpan<byte> Span => new((void*)_address, _length);

    /// <summary>Frees the bytes, once (whichever thread asks first). Only where no step reads them any more.</summary>
    public void Free()
    {
        _length = 0;
        var address = Interlocked.Exchange(ref _address, 0);
        if (address == 0) return;
        NativeMemory.Free((void*)address);
        GC.SuppressFinalize(this);
    }

    ~NativeBytes() => Free();
}
