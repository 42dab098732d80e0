// The import page: uploads with a progress bar, then follows the batch until every file is read.
(function () {
    "use strict";
    var labels = { stored: "已入库", duplicate: "重复", unplaced: "待确认", failed: "失败" };

    function describe(p) {
        var c = p.counts || {};
        var parts = Object.keys(labels).map(function (k) { return labels[k] + " " + (c[k] || 0); });
        return (p.done ? "全部读取完成" : "正在读取") + "：共 " + p.total + " 个文件，已处理 " + p.finished + "，" + parts.join("，");
    }

    function follow(batchId, onDone) {
        var bar = document.getElementById("progress-bar");
        var text = document.getElementById("progress-text");
        function poll() {
            fetch("/api/oversight/imports/" + batchId + "?items=false", { credentials: "same-origin" })
                .then(function (r) { return r.json(); })
                .then(function (p) {
                    bar.max = Math.max(p.total, 1);
                    bar.value = p.finished;
                    text.textContent = describe(p);
                    if (p.done) { onDone(p); } else { setTimeout(poll, 500); }
                })
                .catch(function () { setTimeout(poll, 2000); });
        }
        poll();
    }

    var form = document.getElementById("upload-form");
    if (form) {
        form.addEventListener("submit", function (e) {
            e.preventDefault();
            var box = document.getElementById("progress");
            var bar = document.getElementById("progress-bar");
            var text = document.getElementById("progress-text");
            var refused = document.getElementById("progress-refused");
            box.hidden = false;
            refused.innerHTML = "";
            var xhr = new XMLHttpRequest();
            xhr.open("POST", form.action || window.location.pathname);
            xhr.setRequestHeader("Accept", "application/json");
            xhr.upload.onprogress = function (ev) {
                if (ev.lengthComputable) {
                    bar.max = 100;
                    bar.value = Math.round(100 * ev.loaded / ev.total);
                    text.textContent = "正在上传… " + bar.value + "%";
                }
            };
            xhr.onload = function () {
                var answer;
                try { answer = JSON.parse(xhr.responseText); } catch (x) { answer = null; }
                if (xhr.status !== 200 || !answer || !answer.batchId) {
                    text.textContent = "上传失败：" + ((answer && answer.error) || ("服务器返回 " + xhr.status + (xhr.status === 413 ? "（文件太大）" : "")));
                    return;
                }
                (answer.refused || []).forEach(function (r) {
                    var li = document.createElement("li");
                    li.textContent = r;
                    refused.appendChild(li);
                });
                var link = document.getElementById("progress-link");
                link.href = "/oversight/imports/" + answer.batchId;
                follow(answer.batchId, function () { link.textContent = "查看本批文件（已完成）"; });
            };
            xhr.onerror = function () { text.textContent = "上传失败：网络错误"; };
            xhr.send(new FormData(form));
        });
    }

    var batch = document.getElementById("batch");
    if (batch && batch.getAttribute("data-done") !== "true") {
        follow(batch.getAttribute("data-batch"), function () { window.location.reload(); });
    }
})();
