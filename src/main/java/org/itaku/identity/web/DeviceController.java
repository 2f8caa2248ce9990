package org.itaku.identity.web;

import org.itaku.identity.Accounts;
import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.DeviceCertificates;
import org.itaku.identity.WorkspaceMember;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpSession;

/** Device certificates: issue (PKCS#12 with a one-time password), revoke, and require them at sign-in. */
@Controller
class DeviceController {

    private static final String PENDING_DOWNLOAD = "itaku.device.download";

    private final DeviceCertificates devices;
    private final Accounts accounts;

    DeviceController(DeviceCertificates devices, Accounts accounts) {
        this.devices = devices;
        this.accounts = accounts;
    }

    record PendingDownload(long id, byte[] pkcs12) implements java.io.Serializable {
    }

    @GetMapping("/admin/devices")
    String list(Model model) {
        long workspaceId = CurrentWorkspace.id();
        model.addAttribute("certificates", devices.list(workspaceId));
        model.addAttribute("members", accounts.inventory(workspaceId));
        model.addAttribute("required", devices.isRequired(workspaceId));
        return "identity/devices";
    }

    @PostMapping("/admin/devices")
    String issue(@RequestParam long userId, @RequestParam String deviceName, Model model, HttpSession session) {
        WorkspaceMember me = CurrentWorkspace.require();
        Accounts.InventoryRow member = accounts.inventory(me.workspaceId()).stream().filter(r -> r.userId() == userId)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("member: not in this workspace"));
        DeviceCertificates.Issued issued = devices.issue(me.workspaceId(), userId, member.email(), deviceName);
        session.setAttribute(PENDING_DOWNLOAD, new PendingDownload(issued.id(), issued.pkcs12()));
        model.addAttribute("issued", issued);
        return list(model);
    }

    /** The PKCS#12 file can be fetched once, right after issuing, by the administrator who issued it. */
    @GetMapping("/admin/devices/{id}/download")
    ResponseEntity<byte[]> download(@PathVariable long id, HttpSession session) {
        Object pending = session.getAttribute(PENDING_DOWNLOAD);
        if (!(pending instanceof PendingDownload download) || download.id() != id) {
            return ResponseEntity.notFound().build();
        }
        session.removeAttribute(PENDING_DOWNLOAD);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("itaku-device-" + id + ".p12").build().toString())
                .contentType(MediaType.parseMediaType("application/x-pkcs12"))
                .body(download.pkcs12());
    }

    @PostMapping("/admin/devices/{id}/revoke")
    String revoke(@PathVariable long id) {
        devices.revoke(CurrentWorkspace.id(), id);
        return "redirect:/admin/devices";
    }

    @PostMapping("/admin/devices/required")
    String require(@RequestParam(defaultValue = "false") boolean required) {
        devices.setRequired(CurrentWorkspace.id(), required);
        return "redirect:/admin/devices";
    }
}
