// minizip over an in-memory stream. Layer: zip.
#include "zip/zip_writer.hpp"

#include <algorithm>
#include <cstring>

#include <zip.h>

namespace otbasy::zip {

namespace {

// The stream minizip writes to: a growing buffer with a position (minizip seeks back to complete headers).
struct Memory {
    std::string bytes;
    std::size_t pos = 0;
};

voidpf ZCALLBACK open_mem(voidpf opaque, const void*, int) { return opaque; }

uLong ZCALLBACK read_mem(voidpf, voidpf stream, void* buf, uLong size) {
    auto* m = static_cast<Memory*>(stream);
    if (m->pos >= m->bytes.size()) return 0;
    uLong n = static_cast<uLong>(std::min<std::size_t>(size, m->bytes.size() - m->pos));
    std::memcpy(buf, m->bytes.data() + m->pos, n);
    m->pos += n;
    return n;
}

uLong ZCALLBACK write_mem(voidpf, voidpf stream, const void* buf, uLong size) {
    auto* m = static_cast<Memory*>(stream);
    if (m->pos + size > m->bytes.size()) m->bytes.resize(m->pos + size);
    std::memcpy(&m->bytes[m->pos], buf, size);
    m->pos += size;
    return size;
}

ZPOS64_T ZCALLBACK tell_mem(voidpf, voidpf stream) { return static_cast<Memory*>(stream)->pos; }

long ZCALLBACK seek_mem(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
    auto* m = static_cast<Memory*>(stream);
    std::size_t base = origin == ZLIB_FILEFUNC_SEEK_CUR ? m->pos : origin == ZLIB_FILEFUNC_SEEK_END ? m->bytes.size() : 0;
    m->pos = base + static_cast<std::size_t>(offset);
    return 0;
}

int ZCALLBACK close_mem(voidpf, voidpf) { return 0; }
int ZCALLBACK error_mem(voidpf, voidpf) { return 0; }

}  // namespace

std::optional<std::string> write(const std::vector<Entry>& entries, Stamp stamp) {
    Memory memory;
    zlib_filefunc64_def io{};
    io.zopen64_file = open_mem;
    io.zread_file = read_mem;
    io.zwrite_file = write_mem;
    io.ztell64_file = tell_mem;
    io.zseek64_file = seek_mem;
    io.zclose_file = close_mem;
    io.zerror_file = error_mem;
    io.opaque = &memory;
    zipFile zf = zipOpen2_64("memory", APPEND_STATUS_CREATE, nullptr, &io);
    if (!zf) return std::nullopt;
    bool ok = true;
    for (const auto& e : entries) {
        zip_fileinfo info{};
        info.tmz_date.tm_year = stamp.year;
        info.tmz_date.tm_mon = stamp.month - 1;
        info.tmz_date.tm_mday = stamp.day;
        if (zipOpenNewFileInZip64(zf, e.name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                  Z_BEST_COMPRESSION, 0) != ZIP_OK) {
            ok = false;
            break;
        }
        std::size_t done = 0;
        while (ok && done < e.data.size()) {
            const unsigned chunk = static_cast<unsigned>(std::min<std::size_t>(e.data.size() - done, 1u << 20));
            ok = zipWriteInFileInZip(zf, e.data.data() + done, chunk) == ZIP_OK;
            done += chunk;
        }
        if (zipCloseFileInZip(zf) != ZIP_OK) ok = false;
        if (!ok) break;
    }
    if (zipClose(zf, nullptr) != ZIP_OK) ok = false;
    if (!ok) return std::nullopt;
    return std::move(memory.bytes);
}

}  // namespace otbasy::zip
