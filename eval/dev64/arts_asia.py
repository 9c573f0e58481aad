"""dev64 items: Bangladesh's Rohingya camps (diphtheria, dengue, cholera, scabies, fires and
rations), Myanmar (hospitals attacked, health workers arrested, Rakhine hunger) and
Afghanistan (malnutrition, measles, polio, returnees' health, hospitals).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Diphtheria spreads in Rohingya camps",
    "The WHO said [[more than 2,500 suspected diphtheria cases|other;a=The WHO]] and [[27 deaths|killed;a=The WHO]] had been recorded in the Rohingya camps of Cox's Bazar since {{November}}, a disease not seen in Bangladesh for years. "
    "Health workers vaccinated [[about 316,000 children|aid]] {{aged 6 weeks to 15 years}} in the {{first}} round, and MSF opened [[two diphtheria treatment centres|capacity]].",
)

F(
    "Dengue cases soar in Cox's Bazar camps",
    "Bangladesh's health directorate said [[more than 13,000 dengue cases|other;a=Bangladesh's health directorate]] had been recorded among Rohingya refugees in {{2023}}, up from [[1,700|other;u=other;a=Bangladesh's health directorate]] a year earlier, and [[at least 34 refugees|killed;a=Bangladesh's health directorate]] had died. "
    "The camps hold [[nearly 1 million people|displaced]] in [[33 camps|capacity]].",
)

F(
    "Rohingya rations cut as funding falls",
    "WFP said it would cut food vouchers for [[about 1 million Rohingya refugees|aid;p;a=WFP]] to {{$8}} a person a month from {{$12}}, starting in {{March}}. "
    "The agency warned that global acute malnutrition in the camps had already reached {{15.1%}}, the highest since {{2017}}, and that [[more than 40,000 children|civilians;a=The agency;alt=WFP]] were acutely malnourished.",
)

F(
    "Scabies outbreak in Rohingya camps",
    "MSF said it had treated [[more than 70,000 people|aid;a=MSF]] for scabies in the camps in Kutupalong and Balukhali in {{six months}}, as water supplies fell below {{10 litres}} a person a day. "
    "Its [[four hospitals|other]] in the district saw [[about 1,000 patients a day|aid;a=the charity;alt=MSF]], the charity said.",
)

F(
    "Fire in camp destroys health centres",
    "A fire in {{Camp 5}} in Cox's Bazar destroyed [[about 2,800 shelters|housing;a=UNHCR]] and [[two health centres|housing;a=UNHCR]], leaving [[about 12,000 refugees|displaced;a=UNHCR]] homeless, UNHCR said. "
    "Aid agencies handed out [[3,500 shelter kits|aid]] and hot meals to [[between 2,500 and 3,000 families|aid]].",
)

F(
    "Myanmar hospitals attacked since coup",
    "Insecurity Insight recorded [[more than 1,000 attacks|other;u=other;a=Insecurity Insight]] on health care in Myanmar since the {{February 2021}} coup, in which [[at least 90 health workers|killed;a=Insecurity Insight]] were killed and [[over 800|arrested;a=Insecurity Insight]] arrested. "
    "Junta air strikes damaged or destroyed [[some 70 hospitals and clinics|housing;n=hospitals and clinics]].",
)

F(
    "Doctors arrested for treating resistance fighters",
    "Myanmar's military said it had arrested [[14 doctors and nurses|arrested;n=doctors and nurses;a=Myanmar's military]] in Sagaing region accused of treating resistance fighters, and seized [[three clinics|other;a=Myanmar's military]]. "
    "A rights group said [[another 25 health workers|arrested;a=A rights group]] were in hiding.",
)

F(
    "Air strike on hospital in Rakhine",
    "An air strike on Myauk-U general hospital in Rakhine state killed [[at least 31 people|killed;a=the Arakan Army]] and wounded [[68|injured;a=the Arakan Army]], the Arakan Army said. "
    "The hospital was the last functioning one in the town and had [[about 100 beds|capacity]].",
)

F(
    "Hunger in Rakhine as blockade bites",
    "The UN Development Programme warned that [[more than 2 million people|civilians;a=The UN Development Programme]] in Rakhine state were at risk of starvation because of the blockade, and that food production would meet only {{20%}} of needs. "
    "Local groups said [[between 50 and 60 people|killed;a=Local groups]] had died of hunger or lack of medicine since {{January}}.",
)

F(
    "Cholera cases in Yangon and displaced camps",
    "Myanmar's health ministry said it had recorded [[about 900 cases|other;a=Myanmar's health ministry]] of acute watery diarrhoea in Yangon and Mandalay, [[24|other;u=other;a=Myanmar's health ministry]] of them confirmed as cholera. "
    "Aid groups said [[several thousand|displaced;a=Aid groups]] of people displaced by fighting in Sagaing had no clean water.",
)

F(
    "Afghan children admitted for malnutrition in Herat",
    "MSF said its inpatient feeding centre in Herat had admitted [[2,200 children|aid;a=MSF]] in {{2022}}, {{about 30%}} more than the year before, and that its [[75 beds|capacity;a=MSF]] were often full. "
    "[[More than 3.2 million children|civilians;a=UNICEF]] {{under five}} in Afghanistan are acutely malnourished, according to UNICEF.",
)

F(
    "Measles deaths among Afghan children",
    "The WHO said [[more than 66,000 suspected measles cases|other;a=The WHO]] and [[at least 280 deaths|killed;a=The WHO]] had been reported in Afghanistan in {{2022}}, most of them in children {{under five}}. "
    "A campaign aimed to vaccinate [[1.2 million children|aid;p]] in [[49 districts|other]].",
)

F(
    "Polio workers killed in Afghanistan",
    "Gunmen shot dead [[eight polio vaccination workers|killed;a=police]] in Kunduz and Takhar provinces, [[four|killed;a=police]] of them women, police said. "
    "The campaign, which was to reach [[about 3.3 million children|aid;p]], was suspended in several districts.",
)

F(
    "Returnees from Iran and Pakistan crowd border clinics",
    "The International Organization for Migration said [[more than 1.4 million Afghans|returned;a=The International Organization for Migration]] had returned or been deported from Iran and Pakistan in {{2025}}. "
    "Its clinics at Islam Qala and Torkham had treated [[about 160,000 returnees|aid;a=the agency;alt=The International Organization for Migration]], the agency said, and [[a further 600,000 people|returned;p;a=the agency;alt=The International Organization for Migration]] were expected to cross before winter.",
)

F(
    "Hospital overwhelmed after Kabul airport bombing",
    "Emergency's surgical hospital in Kabul said it had received [[58 wounded|injured;a=Emergency's surgical hospital in Kabul]] after the blast at the airport gate and that [[six|killed;a=Emergency's surgical hospital in Kabul]] were dead on arrival. "
    "The hospital has [[about 100 beds|capacity]] and was treating [[more than 90 patients|injured]] with blast injuries.",
)

F(
    "Kandahar hospital receives wounded after mosque bombing",
    "Mirwais hospital in Kandahar said it had received [[at least 70 wounded|injured;a=Mirwais hospital in Kandahar]] and [[41 bodies|killed;a=Mirwais hospital in Kandahar]] after a suicide bombing at a Shia mosque during Friday prayers. "
    "The ICRC said it had sent [[three tonnes|aid;a=The ICRC]] of medical supplies and [[200 body bags|aid;a=The ICRC]], and that [[several hundred people|other;a=The ICRC]] had queued to give blood.",
)

F(
    "Acute watery diarrhoea in Afghan displacement camps",
    "Afghanistan's health ministry reported [[more than 4,000 cases|other;a=Afghanistan's health ministry]] of acute watery diarrhoea with dehydration and [[12 deaths|killed;a=Afghanistan's health ministry]] in a week. "
    "UNICEF delivered [[500,000 sachets|aid]] of oral rehydration salts and [[1,000 family hygiene kits|aid]].",
)

F(
    "Rohingya refugees arrive sick and hungry",
    "[[About 150,000 Rohingya|displaced;a=UNHCR]] have arrived in Bangladesh since fighting in Rakhine intensified, UNHCR said, many of them sick or wounded. "
    "MSF said it had treated [[at least 300 people|injured;a=MSF]] for gunshot and blast wounds at its Kutupalong hospital, {{about 40%}} of them children.",
)

F(
    "Karen state clinics bombed",
    "The Free Burma Rangers said [[more than 20 clinics|housing;a=The Free Burma Rangers]] in Karen state had been bombed since {{2021}}, and that its medics had treated [[hundreds of civilians|injured;a=The Free Burma Rangers]] hurt in air strikes. "
    "[[Roughly 200,000 people|displaced]] are sheltering in the jungle.",
)

F(
    "Afghan clinics close after funding cuts",
    "The WHO said [[more than 400 health facilities|other;a=The WHO]] in Afghanistan had closed in {{2025}} after donor funding cuts, leaving [[about 3 million people|civilians;a=The WHO]] without access to basic care. "
    "[[Eighty mobile teams|other;u=other;a=the agency;alt=The WHO]] serving camps for returnees from Iran were also stood down, the agency said.",
)
