import Foundation

/// Writes a copy of a JPEG with an EXIF APP1 segment carrying an orientation tag, as phones do.
public enum EXIFFixture {
    public static func withOrientation(_ orientation: UInt16, from source: String, to destination: String, bigEndian: Bool = false) throws {
        let jpeg = try [UInt8](Data(contentsOf: URL(fileURLWithPath: source)))
        guard jpeg.count > 2, jpeg[0] == 0xFF, jpeg[1] == 0xD8 else { throw TestFailure("not a JPEG") }
        func u16(_ v: UInt16) -> [UInt8] { bigEndian ? [UInt8(v >> 8), UInt8(v & 0xFF)] : [UInt8(v & 0xFF), UInt8(v >> 8)] }
        func u32(_ v: UInt32) -> [UInt8] { bigEndian ? [24, 16, 8, 0].map { UInt8((v >> $0) & 0xFF) } : [0, 8, 16, 24].map { UInt8((v >> $0) & 0xFF) } }
        var tiff: [UInt8] = bigEndian ? [0x4D, 0x4D] : [0x49, 0x49]
        tiff += u16(42) + u32(8)
        tiff += u16(1) // one IFD entry
        tiff += u16(0x0112) + u16(3) + u32(1) + u16(orientation) + [0, 0]
        tiff += u32(0)
        let payload: [UInt8] = Array("Exif".utf8) + [0, 0] + tiff
        let length = UInt16(payload.count + 2)
        let app1: [UInt8] = [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
        let out = [0xFF, 0xD8] + app1 + jpeg[2...]
        try Data(out).write(to: URL(fileURLWithPath: destination))
    }
}
