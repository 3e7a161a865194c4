package org.corpuslint.fix;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileOwnerAttributeView;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/**
 * A file's owner, group and mode, to give to the temporary file that replaces it. A new file
 * belongs to whoever creates it, so without this a {@code fix} run as root would hand every
 * fixed file to root (and a {@code 0640} file would become unreadable to its owner). Owner and
 * group are set before the mode, since changing the owner can clear mode bits.
 */
final class FileOwnership {

    private final UserPrincipal owner;
    private final GroupPrincipal group;
    private final Set<PosixFilePermission> permissions;

    private FileOwnership(UserPrincipal owner, GroupPrincipal group,
            Set<PosixFilePermission> permissions) {
        this.owner = owner;
        this.group = group;
        this.permissions = permissions;
    }

    static FileOwnership of(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file,
                PosixFileAttributeView.class);
        if (posix != null) {
            PosixFileAttributes attributes = posix.readAttributes();
            return new FileOwnership(attributes.owner(), attributes.group(),
                    attributes.permissions());
        }
        FileOwnerAttributeView owned = Files.getFileAttributeView(file,
                FileOwnerAttributeView.class);
        return new FileOwnership(owned == null ? null : owned.getOwner(), null, null);
    }

    /**
     * Gives {@code copy} this owner, group and mode.
     *
     * @throws FileWriteRefused when the owner or group cannot be kept (only root may give a file
     *     away): the file would change hands, so it is not written
     */
    void applyTo(Path copy) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(copy,
                PosixFileAttributeView.class);
        FileOwnerAttributeView owned = posix != null ? posix
                : Files.getFileAttributeView(copy, FileOwnerAttributeView.class);
        if (owner != null && owned != null && !owner.equals(owned.getOwner())) {
            try {
                owned.setOwner(owner);
            } catch (FileSystemException e) {
                throw new FileWriteRefused("its owner " + owner.getName() + " cannot be kept by"
                        + " a fix run as " + owned.getOwner().getName() + " (" + reason(e)
                        + "); it was left alone");
            }
        }
        if (posix == null) {
            return;
        }
        if (group != null && !group.equals(posix.readAttributes().group())) {
            try {
                posix.setGroup(group);
            } catch (FileSystemException e) {
                throw new FileWriteRefused("its group " + group.getName() + " cannot be kept ("
                        + reason(e) + "); it was left alone");
            }
        }
        if (permissions != null) {
            posix.setPermissions(permissions);
        }
    }

    private static String reason(FileSystemException e) {
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }
}
