// 指标与图表: draws each chart from the JSON beside it with the vendored Apache ECharts; the tables stay the record.
(function () {
    "use strict";
    if (typeof echarts === "undefined") {
        return;
    }

    document.querySelectorAll("[data-chart]").forEach(function (el) {
        var source = document.getElementById("chart-" + el.dataset.chart);
        if (!source) {
            return;
        }

        var spec = JSON.parse(source.textContent);
        if (spec.heatmap) {
            el.style.height = Math.max(220, 80 + 28 * spec.rows.length) + "px";
            var heat = echarts.init(el, null, { renderer: "svg" });
            heat.setOption({
                animation: false,
                tooltip: { position: "top", formatter: function (p) { return spec.rows[p.value[1]] + " " + spec.categories[p.value[0]] + "：" + (p.value[2] === null ? "—" : p.value[2] + "%"); } },
                grid: { left: 260, right: 30, top: 10, bottom: 70 },
                xAxis: { type: "category", data: spec.categories, splitArea: { show: true } },
                yAxis: { type: "category", data: spec.rows, inverse: true, splitArea: { show: true }, axisLabel: { interval: 0 } },
                visualMap: { min: 0, max: 100, calculable: true, orient: "horizontal", left: "center", bottom: 0, text: ["100%", "0%"], inRange: { color: ["#c0392b", "#f1c40f", "#27ae60"] } },
                series: spec.series.map(function (s) { return { name: s.name, type: "heatmap", data: s.data, label: { show: true, formatter: function (p) { return p.value[2] === null ? "" : p.value[2]; } } }; })
            });
            window.addEventListener("resize", function () { heat.resize(); });
            return;
        }

        var hasSecond = spec.series.some(function (s) { return s.yAxisIndex === 1; });
        var valueAxis = [{ type: "value", axisLabel: { formatter: spec.percent ? "{value}%" : "{value}" } }];
        if (hasSecond) {
            valueAxis.push({ type: "value", name: "件", position: "right" });
        }

        var categoryAxis = { type: "category", data: spec.categories, axisLabel: { interval: 0 } };
        var option = {
            animation: false,
            tooltip: { trigger: "axis" },
            legend: { top: 0 },
            grid: { left: spec.horizontal ? 260 : 50, right: hasSecond ? 60 : 30, top: 40, bottom: 30 },
            xAxis: spec.horizontal ? valueAxis[0] : categoryAxis,
            yAxis: spec.horizontal ? categoryAxis : valueAxis,
            series: spec.series.map(function (s) {
                return { name: s.name, type: s.type, stack: s.stack, yAxisIndex: spec.horizontal ? undefined : s.yAxisIndex, data: s.data, connectNulls: false };
            })
        };
        if (spec.horizontal) {
            el.style.height = Math.max(220, 60 + 26 * spec.categories.length) + "px";
        }

        var chart = echarts.init(el, null, { renderer: "svg" });
        chart.setOption(option);
        window.addEventListener("resize", function () { chart.resize(); });
    });
})();
