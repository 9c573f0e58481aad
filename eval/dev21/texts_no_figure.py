"""dev21 texts: texts with numbers but no figure.

Each F(title, marked text[, extra negatives]) registers one text with eval/figset as this
module is imported (marks: eval/figset/marks.py); build.py imports the modules in order.
"""

from figset import F

# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "UNHCR appeal for next year only a quarter funded",
    "UNHCR has appealed for {{$10.2 billion}} for {{2025}}, but by the end of {{September}} the appeal was only {{23 percent}} funded, the agency said on Tuesday. "
    "Its budget for {{2024}} was {{$10.9 billion}}.",
)

F(
    "World Refugee Day marked with vigils and concerts",
    "Events were held around the world on {{June 20}} to mark World Refugee Day, which the UN General Assembly {{first}} observed in {{2001}}, the {{50th}} anniversary of the {{1951}} Refugee Convention. "
    "In Geneva, the Palais des Nations was lit in blue from {{8 p.m.}}",
)

F(
    "Sudan's war enters its third year",
    "The war between Sudan's army and the Rapid Support Forces entered its {{third year}} on {{April 15}}, with no sign of talks resuming. "
    "Mediators in Jeddah last met in {{December 2023}}, and the African Union suspended Sudan's membership in {{2021}}.",
)

F(
    "Hurricane strengthens to Category 4 ahead of landfall",
    "The storm strengthened to a {{Category 4}} hurricane on Tuesday with maximum sustained winds of {{215 km/h}}, the National Hurricane Center said in its {{11 p.m.}} advisory. "
    "Landfall is expected at about {{2 a.m.}} on Thursday, with a storm surge of up to {{4 metres}}.",
)

F(
    "Quake of magnitude 6.3 strikes near Herat",
    "An earthquake of magnitude {{6.3}} struck {{35 km}} north-west of Herat at {{11:47 a.m.}} local time on Saturday, at a depth of {{10 km}}, the US Geological Survey said. "
    "It was followed by aftershocks of magnitude {{5.9}} and {{5.5}}.",
)

F(
    "Refugee runner sets personal best in Paris",
    "Jean-Claude Niyonkuru, a {{24-year-old}} who fled Burundi as a child, finished {{fourth}} in his {{1,500 metres}} heat for the Refugee Olympic Team, running {{3:38.17}}. "
    "He has lived in Belgium since {{2005}}.",
)

F(
    "Germany halves humanitarian aid budget",
    "Germany's draft budget for {{2025}} cuts humanitarian aid to {{€1.05 billion}} from {{€2.2 billion}} this year, a cut of more than {{50 percent}}, aid groups said on Wednesday. "
    "Parliament will vote on the budget in {{November}}.",
)

F(
    "Rafah crossing to open five days a week",
    "The Rafah crossing will open from {{9 a.m.}} to {{4 p.m.}} {{five days a week}}, starting on {{February 1}}, Egyptian officials said, with EU monitors present under the {{2005}} agreement on movement and access.",
)

F(
    "EU extends temporary protection for Ukrainians to 2027",
    "EU interior ministers agreed on Friday to extend temporary protection for people fleeing Ukraine by {{a further year}}, to {{March 4, 2027}}. "
    "The directive, adopted in {{2001}}, was activated for the {{first}} time in {{March 2022}}.",
)

F(
    "Kenyan court suspends Dadaab closure order",
    "Kenya's High Court on {{February 8}} suspended the government's order to close the Dadaab and Kakuma camps within {{14 days}}, in a ruling that gave the interior ministry {{30 days}} to respond. "
    "The case will be heard again on {{March 21}}.",
)

F(
    "Lebanon truce to take effect at dawn",
    "The ceasefire between Israel and Hezbollah takes effect at {{4 a.m.}} on {{November 27}} and will last for {{60 days}}, during which Israeli forces are to withdraw from southern Lebanon in stages, the White House said.",
)

F(
    "Yemen response plan 28 percent funded",
    "The {{2024}} humanitarian response plan for Yemen, which asks for {{$2.7 billion}}, was {{28 percent}} funded by {{mid-year}}, OCHA said, the lowest level since the plan was {{first}} launched in {{2015}}.",
)

F(
    "Gaza winter: rain and cold hit tent camps",
    "Temperatures along the Gaza coast fell to {{8C}} overnight on Sunday, and {{45 mm}} of rain fell in {{12 hours}}, the Palestinian Meteorological Department said. "
    "More storms are forecast for the {{second half}} of the week.",
)

F(
    "Syria's M5 highway reopens to civilian traffic",
    "Traffic resumed on the {{M5}} highway between Aleppo and Damascus on Monday for the {{first}} time since {{2012}}, the transport ministry said. "
    "Buses leave Aleppo every {{two hours}} from {{6 a.m.}}, and the trip takes about {{five hours}}.",
)

F(
    "Cash aid for displaced Ukrainians reduced",
    "Ukraine's government cut the monthly allowance for internally displaced people to {{2,000 hryvnias}} for adults and {{3,000 hryvnias}} for children and people with disabilities, effective {{March 1}}. "
    "Payments are made on the {{15th}} of each month.",
)

F(
    "Somalia drought: rains fail for fifth season",
    "The {{October-December}} rains failed in southern Somalia for the {{fifth}} consecutive season, the FAO's Somalia Water and Land Information Management unit said, with rainfall {{60 percent}} below average. "
    "Prices of sorghum in Baidoa have risen {{40 percent}} in {{three months}}.",
)

F(
    "UN Security Council renews Sudan sanctions panel",
    "The Security Council on Monday renewed the mandate of the panel of experts on Sudan until {{March 12, 2026}}, under {{Resolution 2772}}, which extends the {{2005}} arms embargo on Darfur. "
    "The vote was unanimous.",
)

F(
    "Afghan returnee family rebuilds in Nangarhar",
    "Gul Ahmad, {{52}}, returned from Peshawar in {{November}} after {{38 years}} in Pakistan with his wife and children, the youngest of them {{four}}. "
    "The family lives in a {{two-room}} mud house on {{half an acre}} of land his father left him.",
)

F(
    "Mozambique insurgency: eighth anniversary of Mocímboa attack",
    "Thursday marked {{eight years}} since the {{first}} insurgent attack on Mocímboa da Praia on {{October 5, 2017}}. "
    "A memorial service was held at {{10 a.m.}} in the town's main square.",
)

F(
    "Rohingya camps: food ration rises to $12",
    "The World Food Programme will raise the monthly food voucher for Rohingya refugees in Cox's Bazar to {{$12}} a person from {{$10}} from {{April 1}}, after it was cut to {{$8}} in {{2023}}.",
)
