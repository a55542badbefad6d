import ReelFFmpeg
import ReelTimeline

/// A look as FFmpeg filters; one place so segment and whole-video looks agree.
extension Look {
    var filters: [Filter] {
        var out: [Filter] = []
        switch name {
        case .none: break
        case .bw: out.append(Filter("hue", ["s": "0"]))
        case .sepia:
            out.append(Filter("colorchannelmixer", [
                "rr": "0.393", "rg": "0.769", "rb": "0.189",
                "gr": "0.349", "gg": "0.686", "gb": "0.168",
                "br": "0.272", "bg": "0.534", "bb": "0.131",
            ]))
        case .warm: out.append(Filter("colorbalance", ["rs": "0.12", "bs": "-0.12", "rm": "0.08", "bm": "-0.08", "rh": "0.04", "bh": "-0.04"]))
        case .cool: out.append(Filter("colorbalance", ["rs": "-0.12", "bs": "0.12", "rm": "-0.08", "bm": "0.08", "rh": "-0.04", "bh": "0.04"]))
        case .vivid: out.append(Filter("eq", ["saturation": "1.45", "contrast": "1.08"]))
        case .vintage:
            out.append(Filter("curves", ["preset": "vintage"]))
            out.append(Filter("eq", ["saturation": "0.8"]))
        }
        if brightness != 0 || contrast != 1 || saturation != 1 {
            out.append(Filter("eq", ordered: [
                ("brightness", num(brightness)), ("contrast", num(contrast)), ("saturation", num(saturation)),
            ]))
        }
        // Colour filters may leave RGB; everything downstream expects yuv420p.
        if !out.isEmpty { out.append(Filter("format", ["pix_fmts": "yuv420p"])) }
        return out
    }
}

/// Numbers for filter arguments: short, exact enough, never in exponent form.
func num(_ x: Double) -> String {
    if x.rounded() == x, abs(x) < 1e12 { return String(Int64(x)) }
    var s = String(format: "%.6f", x)
    while s.hasSuffix("0") { s.removeLast() }
    if s.hasSuffix(".") { s.removeLast() }
    return s
}
