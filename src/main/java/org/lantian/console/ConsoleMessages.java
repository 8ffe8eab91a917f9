package org.lantian.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The console's words: Chinese by default, English in {@code messages/msg_en.properties}. */
@MessageBundle(value = "msg", locale = "zh")
public interface ConsoleMessages {

    @Message("蓝天 · 重污染天气应急")
    String title();

    @Message("登录")
    String signIn();

    @Message("退出")
    String signOut();

    @Message("用户名")
    String username();

    @Message("密码")
    String password();

    @Message("用户名或密码错误")
    String signInFailed();

    @Message("演示账号：duty/duty（市级值班）、county-141024/county（县级）、consult/consult（会商）、企业统一社会信用代码/enterprise")
    String demoAccounts();

    @Message("全市及各县（市、区）")
    String regions();

    @Message("实时AQI")
    String currentAqi();

    @Message("预警级别")
    String effectiveLevel();

    @Message("最新预报")
    String latestForecast();

    @Message("无数据")
    String noData();

    @Message("待决定的预警建议")
    String proposals();

    @Message("暂无待决定的建议")
    String noProposals();

    @Message("理由")
    String reasons();

    @Message("减排清单核算")
    String adequacy();

    @Message("发布预警")
    String issue();

    @Message("调整")
    String adjust();

    @Message("解除")
    String lift();

    @Message("决定理由（必填）")
    String reason();

    @Message("36小时规则例外理由（仅在需要时填写）")
    String overrideReason();

    @Message("生效时间（可选）")
    String effectiveFrom();

    @Message("生效中的预警")
    String activeWarnings();

    @Message("暂无生效中的预警")
    String noWarnings();

    @Message("指令及回执")
    String orders();

    @Message("企业")
    String enterprise();

    @Message("措施")
    String measures();

    @Message("生产线")
    String line();

    @Message("工序")
    String process();

    @Message("措施类型")
    String action();

    @Message("限产比例")
    String limit();

    @Message("指标")
    String indicator();

    @Message("回执期限")
    String deadline();

    @Message("已回执")
    String acknowledged();

    @Message("未回执")
    String pending();

    @Message("已逾期")
    String overdue();

    @Message("确认收到")
    String acknowledge();

    @Message("我的应急减排指令")
    String myOrders();

    @Message("暂无指令")
    String noOrders();

    @Message("级别")
    String level();

    @Message("发布于")
    String since();

    @Message("版本")
    String version();

    @Message("已回执 {acked} / 共 {total}，逾期 {overdue}")
    String orderCounts(long acked, long total, long overdue);

    @Message("事件日志")
    String eventLog();

    @Message("会商简报")
    String brief();

    @Message("县级可提级，仅限本县")
    String countyNote();

    @Message("近72小时AQI及预报")
    String chartTitle();

    @Message("实线：逐时观测AQI；虚线：最新预报；底色：AQI类别")
    String chartLegend();

    @Message("点击县（市、区）查看近72小时AQI曲线")
    String chartHint();

    @Message("从")
    String from();

    @Message("至")
    String to();

    @Message("区域代码")
    String regionCode();

    @Message("类型")
    String type();

    @Message("预警编号")
    String warningId();

    @Message("操作人")
    String actor();

    @Message("查询")
    String search();

    @Message("导出")
    String export();

    @Message("时间")
    String time();

    @Message("更多")
    String more();

    @Message("无符合条件的事件")
    String noEvents();

    @Message("事件日志完整，未被篡改")
    String intact();

    @Message("事件日志校验失败")
    String notIntact();

    @Message("已校验事件")
    String eventsChecked();

    @Message("Kafka锚点")
    String anchors();

    @Message("校验事件日志")
    String verify();

    @Message("过程回顾")
    String timeline();

    @Message("进行中")
    String ongoing();

    @Message("逐时AQI（底色为AQI类别，顶部色带为预警级别，竖线为建议和决定）")
    String timelineAqi();

    @Message("指令下达（灰）与回执（绿）累计数，回执率")
    String timelineAcks();

    @Message("决定记录")
    String decisions();

    @Message("合规核查疑似违规（未结 / 全部）")
    String timelineFindings();

    @Message("已确认")
    String findingsConfirmed();

    @Message("已排除")
    String findingsDismissed();

    @Message("在预警卡片上点击“过程回顾”查看图表")
    String timelineHint();

    @Message("按36小时规则，最新预报未持续低于本级启动条件，暂不能降级或解除。如确需调整，请填写例外理由后再提交。")
    String overrideHint();
    @Message("应急减排清单")
    String reductionList();

    @Message("导入新版本清单（CSV）")
    String importList();

    @Message("导入")
    String importButton();

    @Message("已导入，当前生效版本：")
    String imported();

    @Message("行")
    String csvRow();

    @Message("字段")
    String csvField();

    @Message("错误说明")
    String csvMessage();

    @Message("清单版本")
    String listVersions();

    @Message("导入时间")
    String importedAt();

    @Message("导入人")
    String importedBy();

    @Message("企业数")
    String enterpriseCount();

    @Message("措施数")
    String measureCount();

    @Message("生效中")
    String activeVersion();

    @Message("各县（市、区）减排比例核算：黄色10%、橙色20%、红色30%")
    String adequacyByCounty();

    @Message("地区")
    String region();

    @Message("缺口")
    String shortfall();

    @Message("本县提级")
    String raiseTitle();

    @Message("提级")
    String raise();

    @Message("合规核查：疑似违规")
    String findings();

    @Message("暂无疑似违规")
    String noFindings();

    @Message("无基线，无法核查")
    String noBaseline();

    @Message("小时违规")
    String violatingHours();

    @Message("首次")
    String firstHour();

    @Message("最近违规")
    String lastViolation();

    @Message("未结")
    String findingOpen();

    @Message("已结")
    String findingClosed();

    @Message("最近值")
    String lastValue();

    @Message("限值")
    String threshold();

    @Message("基线")
    String baseline();

    @Message("认定")
    String decision();

    @Message("提交认定")
    String decide();
    @Message("清单执行评估")
    String review();

    @Message("各县（市、区）分污染物：实际减排量（绿）与清单承诺减排量（灰），吨")
    String reviewChart();

    @Message("实际减排按核查小时用电量低于基线的比例 × 企业年排放量 / 8760 估算；承诺减排为清单该级别减排量 × 同一批核查小时 / 8760。未测得：无用电核查数据，不按零计。")
    String reviewMethod();

    @Message("县（市、区）")
    String county();

    @Message("企业数")
    String enterprises();

    @Message("核查小时")
    String checkedHours();

    @Message("合规")
    String compliantHours();

    @Message("违规")
    String violationHours();

    @Message("无基线")
    String noBaselineHours();

    @Message("实际减排（吨）")
    String achieved();

    @Message("承诺减排（吨）")
    String promised();

    @Message("完成率")
    String ratio();

    @Message("未测得")
    String notMeasured();

    @Message("全市合计")
    String cityTotal();

    @Message("时段")
    String episode();

    @Message("名称")
    String name();

    @Message("演示时段回放")
    String episodeTitle();

    @Message("演示回放")
    String episodeNav();

    @Message("管理员：在“演示回放”页面启动、跟踪和停止内置的重污染演示时段。")
    String episodeHint();

    @Message("演示时段会向真实的输入主题写入合成数据，只能在演示安装（开启演示账号）上运行。")
    String episodeDemoOnly();

    @Message("状态")
    String episodeState();

    @Message("模拟时间")
    String simulatedTime();

    @Message("第 {replayed} / {hours} 小时")
    String episodeHours(int replayed, int hours);

    @Message("已发送消息 {sent} / {total}")
    String episodeSent(int sent, int total);

    @Message("异常读数")
    String badValues();

    @Message("失败原因")
    String failure();

    @Message("速度（模拟小时/秒）")
    String speed();

    @Message("随机种子")
    String seed();

    @Message("自动决策（按建议发布、调整、解除）")
    String autoDecide();

    @Message("启动")
    String start();

    @Message("停止")
    String stop();

    @Message("全部字段")
    String episodeFields();

    @Message("返回控制台")
    String backToConsole();
}
