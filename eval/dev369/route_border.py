"""dev369 items: the border between Yemen's Saada governorate and Saudi Arabia's Jazan region:
killings and injuries at the border, the camps and smugglers below it, Saudi detention and
deportation centres, and the wires' reports of the kingdom's arrests and deportations."""

from _wrap import item

item(
    "Saudi border guards killed hundreds of migrants, rights group says",
    """
Saudi border guards have killed [[hundreds of Ethiopian migrants|killed;a=Human Rights Watch]]
trying to cross from Yemen since {{March 2022}}, using machine guns and explosive weapons, Human
Rights Watch said in a report on {{August 21, 2023}}. The group said it had interviewed
[[42 people|other;a=The group;alt=Human Rights Watch]], including
[[38 Ethiopians|other;a=The group;alt=Human Rights Watch]] who had attempted the crossing. One
survivor, a {{17-year-old}} girl from Oromia, said she was in a group of
[[about 170 migrants|displaced;a=One survivor]] that came under mortar fire, and that only
[[about 20|other;a=One survivor]] survived. In {{October 2022}}, UN special rapporteurs wrote to
Riyadh about allegations that [[about 430 migrants|killed;a=UN special rapporteurs]] had been
killed and [[650|injured;a=UN special rapporteurs]] injured by cross-border shelling and
small-arms fire in {{the first four months}} of that year. Saudi officials rejected the
allegations.
""",
)

item(
    "Shelling hits migrant market town on Saada border",
    """
Saudi artillery fire on the border market town of al-Raqw in Yemen's Saada governorate killed
[[at least 12 people|killed;a=Houthi-run health authorities]],
[[nine|killed;a=Houthi-run health authorities]] of them Ethiopian migrants, and wounded
[[30|injured;a=Houthi-run health authorities]], Houthi-run health authorities said on Monday.
Local residents said [[15 houses|housing;a=Local residents]] and
[[about 40 shops|housing;a=Local residents]] were destroyed. Médecins Sans Frontières, which
supports the hospital in Saada city, said it had received
[[22 wounded|injured;a=Médecins Sans Frontières]]. The UN says
[[about 3,000 migrants a month|displaced;a=The UN]] pass through al-Raqw on their way to the
border. [[Hundreds of families|displaced;a=local officials]] have fled the border district of
Shada since {{2021}}, local officials say, and
[[about 8,000 people|civilians;a=local officials]] remain there, they say.
""",
)

item(
    "Deportation centre in Jizan holds thousands in squalid conditions, migrants say",
    """
Migrants told Reuters they shared cells at the al-Dayer deportation centre in Saudi Arabia's
Jizan province with [[up to 200 people|arrested;a=Migrants]]. [[Three men|arrested]] who were
held there in {{2023}} said they saw [[at least five detainees|killed;a=Three men]] die of
illness and beatings. Human Rights Watch estimated in {{2020}} that
[[about 16,000 Ethiopians|arrested;a=Human Rights Watch]] were held in Saudi detention. The
centre was built for [[about 5,000 people|capacity;a=Saudi officials]], Saudi officials say.
Saudi Arabia's Human Rights Commission said it had inspected
[[14 deportation centres|other;a=Saudi Arabia's Human Rights Commission]] in the past year and
found them in line with the law. [[About 2,300 detainees|returned;a=Ethiopian officials]] were
flown to Addis Ababa from Jizan in March alone, Ethiopian officials said.
""",
)

item(
    "Ethiopia begins airlift of citizens detained in Saudi Arabia",
    """
Ethiopia said on {{March 30, 2022}} it had begun repatriating
[[more than 100,000 citizens|returned;p;a=Ethiopia]] held in Saudi detention centres. The
{{first}} flight landed at Bole International Airport carrying
[[about 800 people|returned;a=the foreign ministry]], the foreign ministry said. Officials said
[[two to three flights a day|returned;p;a=Officials]] would follow. Among those to be flown home
are [[an estimated 3,000 unaccompanied children|returned;p;a=the ministry]], according to the
ministry. Ethiopia's government said it had set up
[[four reception centres|capacity;a=Ethiopia's government]] in Addis Ababa that can take in
[[up to 7,000 people|capacity;a=Ethiopia's government]] at a time. Saudi authorities deported
[[about 350,000 Ethiopians|returned;a=IOM]] between {{2017}} and {{2020}}, IOM estimates.
""",
)

item(
    "Returnees from Saudi Arabia fill Addis Ababa reception centre",
    """
[[Some 1,400 Ethiopians|returned;a=centre staff]] deported from Saudi Arabia arrived at the
transit centre near Bole airport in Addis Ababa on Thursday, aboard
[[three flights|returned;a=centre staff]] from Jeddah, centre staff said. The centre has
[[600 beds|capacity]]. Staff said [[about 90 returnees|injured;a=Staff]] needed treatment for
wounds, many of them from gunshots at the border between Yemen and Saudi Arabia.
[[More than 200|returned]] were unaccompanied children, who are handed to the Ministry of Women
and Social Affairs. Each returnee receives a meal, clothes and {{1,000 birr}} for the journey
home, IOM said. The agency says it has assisted
[[more than 140,000 returnees|aid;a=The agency;alt=IOM]] from Saudi Arabia at the airport since
{{April 2022}}.
""",
)

item(
    "Saudi border guards report arrests of infiltrators in Jazan",
    """
Saudi border guards in Jazan region arrested
[[312 infiltrators|arrested;a=the Saudi Press Agency]] from Ethiopia and Yemen over
{{the past week}}, the Saudi Press Agency reported on Sunday, quoting the Border Guard
directorate. The agency said [[41 people|arrested;a=The agency;alt=the Saudi Press Agency]] had
been held for transporting, sheltering or employing infiltrators. It said guards had also
seized [[2.1 tonnes of qat|other;n=tonnes;u=other;a=the Saudi Press Agency]]. Saudi Arabia keeps
[[tens of thousands of troops|combatants]] along its {{1,300-km}} border with Yemen. Interior
ministry figures showed [[about 21,000 people|arrested;a=Interior ministry figures]] detained
nationwide for residency, labour and border violations and
[[11,500|returned;a=Interior ministry figures]] deported in the same week. Ethiopians made up
{{42%}} of those caught trying to enter the kingdom, the ministry said.
""",
)

item(
    "Doctors in Saada treat migrants shot at the border",
    """
Médecins Sans Frontières said its teams at the hospital in Saada city treated
[[more than 1,100 migrants|injured;a=Médecins Sans Frontières]] for gunshot and blast wounds in
{{2022}}, most of them hurt near the Saudi border.
[[About 300|injured;a=the charity;alt=Médecins Sans Frontières]] arrived in the {{first}}
{{three months}} of {{2023}} alone, the charity said. Patients described being shot at by
border guards as they climbed the mountains near al-Ghar.
[[Fifteen of the patients|killed;a=a doctor]] treated in March later died of their wounds, a
doctor said. MSF said [[62 patients|injured;a=MSF]] had needed amputations. Mortuary staff said
they were holding [[about 40 unidentified bodies|killed;a=Mortuary staff]].
""",
)

item(
    "Saudi and Ethiopian ministers sign labour deal",
    """
Saudi Arabia and Ethiopia signed a labour agreement in Riyadh on {{October 5, 2024}}, setting a
minimum monthly wage of {{1,000 riyals}} for Ethiopian domestic workers and capping recruitment
fees at {{$2,000}}. The deal replaces one signed in {{2017}} and runs for {{five years}}.
Ethiopian officials said remittances from the Gulf made up about {{a quarter}} of the country's
foreign-currency inflows in the {{2023/24}} fiscal year. The ministers also discussed visa
processing times, which they said had fallen from {{90 days}} to {{30 days}}. A follow-up
meeting is planned for {{the first quarter of 2025}} in Addis Ababa.
""",
)

item(
    "'They fired on us like rain': a survivor describes the border",
    """
Hawi, {{aged 16}}, left her village in Ethiopia's Oromia region in {{2022}} with
[[11 other girls|displaced]] from her school. After {{weeks}} in Yemen, they joined
[[about 200 migrants|displaced]] trying to cross into Saudi Arabia at night. She said Saudi
guards opened fire with mortars as the group neared the border, killing
[[dozens|killed;a=Hawi]], and that [[three of her friends|killed;a=Hawi]] died beside her. Hawi
said she and [[about 30 other survivors|arrested;a=Hawi]] were later captured and held for
{{two months}} at a centre in Jizan before being flown home. IOM says
[[around 5,000 unaccompanied children|returned;a=IOM]] were among those deported from Saudi
Arabia to Ethiopia in {{2023}}.
""",
)

item(
    "UN experts raise alarm over killings of migrants at Saudi border",
    """
UN human rights experts said on Tuesday they had received reports that Saudi security forces
killed [[at least 65 migrants|killed;a=UN human rights experts]] and wounded
[[more than 150|injured;a=UN human rights experts]] at the border with Yemen between
{{January and April 2024}}. The experts said the victims included
[[at least eight children|killed;a=The experts;alt=UN human rights experts]] and
[[a dozen women|killed;a=The experts;alt=UN human rights experts]]. They also cited reports
that [[about 250 migrants|arrested;a=UN human rights experts]] captured at the border had been
held at an unofficial site near al-Khouba. The UN refugee agency, UNHCR, estimates that
[[more than 300,000 migrants|civilians;a=The UN refugee agency;alt=UNHCR]] live in Yemen, most of them in
transit. Saudi Arabia has not responded publicly to the letter.
""",
)

item(
    "Migrants wait in border camps below the Saudi mountains",
    """
[[An estimated 9,000 migrants|displaced;a=IOM]] are living in makeshift camps around al-Ghar and
Monabbih in Saada governorate, waiting for smugglers to take them across the border, IOM said.
The agency counted [[about 35 informal sites|capacity;a=The agency;alt=IOM]] in the area, with
[[some 1,200 shelters|capacity;a=The agency;alt=IOM]], and said shelling had destroyed
[[dozens of shelters|housing;a=The agency;alt=IOM]] since January. Residents said they had
buried [[dozens of migrants|killed;a=Residents]] killed by gunfire over {{the past year}}. Only
{{one in ten}} people in the camps has access to clean water, the agency said. A Yemen Red
Crescent convoy of [[seven trucks|aid]] delivered food for [[about 4,000 people|aid]] in
February. [[Hundreds of migrants|kidnapped;a=Houthi officials]] are held by smugglers in the area
until their families pay, Houthi officials said.
""",
)

item(
    "Saudi Arabia says it follows the law at border after new killings claim",
    """
A Saudi official said on Friday the kingdom's border guards acted within the law, after an
Ethiopian rights group said [[at least 23 migrants|killed;a=an Ethiopian rights group]] were
shot dead near the al-Thabit crossing this month. The Ethiopian Human Rights Commission said it
had interviewed [[47 survivors|other;a=The Ethiopian Human Rights Commission]] among
[[about 600 deportees|returned;a=The Ethiopian Human Rights Commission]] who landed in Addis
Ababa on Wednesday. The official said border guards had foiled
[[about 18,000 infiltration attempts|other;u=other;a=The official]] and arrested
[[6,400 infiltrators|arrested;a=The official]] this year. Saudi Arabia has deployed
[[more than 100,000 soldiers|combatants;a=military analysts]] in the south since {{2015}},
according to military analysts. IOM says [[200 to 300 migrants a day|displaced;a=IOM]] still
reach the border area.
""",
)

item(
    "Morgue in Saada overflows with bodies of migrants",
    """
Officials at al-Jumhuri hospital in Saada said on Wednesday its morgue held
[[more than 120 bodies|killed;a=Officials at al-Jumhuri hospital in Saada]] of migrants killed
near the border. A hospital administrator said
[[dozens more|killed;n=-;a=A hospital administrator]] lay unclaimed in a refrigerated truck
outside. The Houthi-run health ministry said border fire had killed
[[461 migrants|killed;a=The Houthi-run health ministry]] and wounded
[[1,054|injured;a=The Houthi-run health ministry]] in {{2023}}. The International Committee of
the Red Cross said it had helped bury
[[82 migrants|killed;a=The International Committee of the Red Cross]] and taken DNA samples. It
has opened files on
[[more than 600 missing Ethiopians|missing;a=The International Committee of the Red Cross]]
whose families are searching for them.
""",
)

item(
    "Saudi Arabia raises Saudisation quotas as labour reforms deepen",
    """
Saudi Arabia's human resources ministry raised Saudisation quotas in the retail and hospitality
sectors to {{70%}} from {{January 1, 2025}}. Fines for employers of undocumented workers rise
to {{100,000 riyals}}, and repeat offenders face up to {{six months}} in prison. The
unemployment rate among Saudi nationals fell to {{7.1%}} in the {{second quarter}} of
{{2024}}, the lowest since records began in {{1999}}, official data show. The reforms are part
of Vision {{2030}}, launched in {{2016}}.
""",
)

item(
    "Migrants describe crowded Saudi detention centres during pandemic",
    """
[[Hundreds of Ethiopian migrants|arrested;a=Human Rights Watch]] expelled from Yemen by Houthi
forces in {{April 2020}} are being held in overcrowded detention centres in Jizan and Jeddah,
according to Human Rights Watch. Detainees said [[up to 350 people|arrested;a=Detainees]] were
kept in rooms built for [[about 60|capacity;a=Detainees]]. They said
[[at least three detainees|killed;a=Detainees]] had died of illness and heat in
{{two months}}. Saudi Arabia paused deportation flights to Ethiopia in {{March 2020}} after
returning [[about 2,870 migrants|returned;a=the UN]] in the {{first}} weeks of the pandemic,
the UN said. The UN estimated that [[about 20,000 migrants|arrested;a=The UN]] remained in
Saudi detention.
""",
)

item(
    "Smugglers near Saudi border torture migrants for ransom, survivors say",
    """
Smugglers in Yemen's Saada governorate are holding [[thousands of migrants|kidnapped;a=aid groups]]
in compounds near the Saudi border and torturing them to extract ransoms, aid groups say. The
Danish Refugee Council said {{40%}} of the
[[318 migrants|other;a=The Danish Refugee Council]] it interviewed in Saada in {{2024}} had been
held for ransom. Dawit, a {{24-year-old}} from Amhara, said he was held with
[[about 70 others|kidnapped;a=Dawit]] in a farm building for {{three weeks}} until his father
sold land to pay {{$1,500}}. He said [[two captives|killed;a=Dawit]] died after beatings while
he was there. Houthi security forces raided compounds near Monabbih in June, freeing
[[267 migrants|kidnapped;a=the Houthi-run Saba news agency]] and arresting
[[19 smugglers|arrested;a=the Houthi-run Saba news agency]], the Houthi-run Saba news agency
reported.
""",
)
