"""dev24 texts with numbers but no figure (all their numbers are negatives).

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (see build.py and
eval/figset/marks.py). The texts are registered with F as the module is imported, so the
import order in build.py is the set's order.
"""

from figset import F

# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "Srebrenica: 30th anniversary burials",
    "Mourners gathered at Potočari on {{11 July 2025}} for the {{30th}} anniversary of the Srebrenica massacre. "
    "The ceremony began at {{10:00}} and lasted {{three hours}}.",
)

F(
    "UN Security Council extends Yemen sanctions",
    "The Security Council voted {{13-0}}, with {{two}} abstentions, to extend sanctions under {{Resolution 2140}} until {{November 2026}}.",
)

F(
    "Ukraine: Brigade 47 rotated out of Avdiivka sector",
    "The {{47th}} Mechanised Brigade was rotated out of the sector after {{eight months}} on the line, its commander said on {{18 February 2024}}.",
)

F(
    "Gaza: ceasefire phase timing",
    "The {{first}} phase of the ceasefire lasts {{42 days}}, and talks on the {{second}} phase must begin by the {{16th}} day, according to the text of the agreement published on {{January 16, 2025}}.",
)

F(
    "Sudan war enters third year",
    "Sudan's war entered its {{third}} year on {{15 April 2025}}, {{two years}} to the day after fighting broke out in Khartoum at around {{9 a.m.}}",
)

F(
    "Syria: aid funding falls short",
    "The {{2024}} humanitarian response plan for Syria was {{only 28 percent}} funded by {{December}}, with {{$1.1 billion}} received of the {{$4.07 billion}} requested.",
)

F(
    "Mogadishu curfew eased",
    "Authorities in Mogadishu moved the night curfew from {{18:00}} to {{22:00}} from {{1 March}}, {{six weeks}} after the hotel siege.",
)

F(
    "Mali: junta extends transition",
    "Mali's junta extended the political transition by {{five years}} from {{2025}}, renewable, and named the general who seized power in {{2021}} president.",
)

F(
    "Colombia: peace talks round ends in Caracas",
    "The {{fifth}} round of talks between the government and the ELN ended in Caracas on {{3 December 2023}} after {{17 days}}, and the {{sixth}} is set for {{January}}.",
)

F(
    "Iran: rial slides after strikes",
    "The rial fell to {{1,040,000}} to the dollar on Sunday, {{about 12 percent}} lower than a month earlier, after the strikes of {{13 June}}.",
)

F(
    "Ukraine: Zaporizhzhia plant on backup power",
    "The Zaporizhzhia nuclear plant lost its last external power line at {{05:32}} and ran on diesel generators for {{more than 30 hours}}, the IAEA said, the {{ninth}} such loss since {{2022}}.",
)

F(
    "TPLF and Addis mark truce milestone",
    "Ethiopia's government and the TPLF marked {{two years}} since the Pretoria agreement of {{2 November 2022}}, which ended a war that began in {{November 2020}}.",
)

F(
    "Haiti: mission budget",
    "The UN Security Council approved a trust fund for the Haiti mission, which needs {{about $600 million}} a year; donors have pledged {{$96 million}} since {{October 2023}}.",
)

F(
    "Nigeria: trial of Owo church attack suspects",
    "{{Five}} men accused of the {{2022}} attack on a Catholic church in Owo went on trial in Abuja on {{Tuesday 14 May}}; the judge adjourned the case to {{June 27}}.",
)

F(
    "IDF reserve duty rules stretched to 2026",
    "Reservists called up in {{2023}} will serve up to {{60 days}} a year until {{2026}}, the defence ministry said, and the age of exemption rises to {{41}}.",
)

F(
    "Kashmir: shutdown marks Article 370 anniversary",
    "Shops in Srinagar stayed shut on {{5 August}} to mark {{five years}} since the repeal of {{Article 370}}, and mobile internet was cut for {{12 hours}}.",
)

F(
    "DRC: M23 advance, 40 km from Bukavu",
    "{{M23}} fighters were about {{40 km}} north of Bukavu on Friday, after advancing along the {{N2}} highway for {{three days}}.",
)

F(
    "Yemen: Red Sea shipping",
    "Traffic through the Bab el-Mandeb strait fell {{by half}} in the {{first quarter}}, and a container ship now takes {{10 to 14 days}} longer to sail round the Cape.",
)

F(
    "Myanmar: earthquake truce extended",
    "The junta extended its truce by {{20 days}} to {{30 April}} after the {{7.7-magnitude}} quake of {{28 March}}, state media said at {{8 p.m.}}",
)

F(
    "Libya: Derna court sentences officials",
    "A Libyan court sentenced {{12}} officials to terms of {{nine to 27 years}} over the collapse of {{two}} dams in {{2023}}.",
)

F(
    "Afghanistan: female aid workers' ban, two years on",
    "The Taliban's ban on Afghan women working for NGOs, issued on {{24 December 2022}}, has now been in force for {{more than 700 days}}, and a {{22-year-old}} aid worker told us she had not been paid since the {{first}} month.",
)
