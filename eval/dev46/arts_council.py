"""dev46 items: UN Security Council briefings by under-secretaries-general, envoys, heads of
mission and ambassadors, and wire reports of them ("told the council", "said by video link").

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py). Attribution follows the decisions in README.md: the source that the
sentence gives for the count itself (the innermost one when a speaker cites an agency), a
pronoun read as its antecedent, a definite description or a titled name with the bare name as
an alt.
"""

from figset import F

F(
    "Sudan: UN relief chief tells council El Fasher is starving",
    "Briefing the Security Council on Thursday, the UN's humanitarian chief, Rosa Delacroix, said [[at least 1,200 civilians|killed;a=the UN's humanitarian chief;alt=Rosa Delacroix]] had been killed in El Fasher since the siege began in {{May 2024}}. "
    "She told the council that, according to IOM, [[more than 600,000 people|displaced;a=IOM]] had fled the city and its camps, and that [[about 260,000 people|civilians;a=the UN's humanitarian chief;alt=Rosa Delacroix]] remained trapped inside.",
)

F(
    "Yemen envoy urges release of detainees",
    "UN envoy Idris Halvorsen told the council by video link that [[more than 4,500 detainees|arrested;a=UN envoy Idris Halvorsen;alt=Idris Halvorsen]] were still held by the parties, and that an exchange of [[about 900 prisoners|other;a=UN envoy Idris Halvorsen;alt=Idris Halvorsen;p]] agreed in Geneva had yet to take place. "
    "He said [[13 UN staff members|arrested;a=UN envoy Idris Halvorsen;alt=Idris Halvorsen]] detained by the Houthis were still held, some of them since {{2021}}.",
)

F(
    "Gaza: 'families displaced again and again', council told",
    "Addressing the council, the UN relief coordinator for Gaza, Ingrid Solberg, said [[some 1.9 million people|displaced;a=the UN relief coordinator for Gaza;alt=Ingrid Solberg]], {{nearly 90 per cent}} of the population, had been displaced, many of them {{as many as 10 times}}. "
    "She said [[only 87 trucks|aid;a=the UN relief coordinator for Gaza;alt=Ingrid Solberg]] had entered on Tuesday, against [[the 500 a day|aid;a=the UN relief coordinator for Gaza;alt=Ingrid Solberg;p;u=other;n=-]] needed.",
)

F(
    "Congo: UN mission chief briefs council on Goma",
    "The head of the UN mission in Congo, Leila Brandt, told the council that the {{M23}} now controlled an area where [[some 3 million people|civilians;a=The head of the UN mission in Congo;alt=Leila Brandt]] live. "
    "Citing figures from the provincial health authorities, she said [[about 3,000 people|killed;a=the provincial health authorities]] had died in the fighting for Goma. "
    "Rwanda, she added, had [[between 3,000 and 4,000 troops|combatants;a=The head of the UN mission in Congo;alt=Leila Brandt]] inside Congo.",
)

F(
    "Haiti: envoy says gang killings rising",
    "The UN's Haiti envoy, Carlos Ruiz-Matos, told the council that gangs had killed [[at least 1,600 people|killed;a=The UN's Haiti envoy;alt=Carlos Ruiz-Matos]] in {{the first three months}} of the year. "
    "[[More than 1 million people|displaced;a=IOM]], according to IOM, had now been forced from their homes. "
    "He said the Kenyan-led mission had [[about 1,000 police officers|combatants;a=The UN's Haiti envoy;alt=Carlos Ruiz-Matos]] on the ground, against [[the 2,500|combatants;a=The UN's Haiti envoy;alt=Carlos Ruiz-Matos;p;n=-]] authorised under {{resolution 2699}}.",
)

F(
    "Syria: deputy envoy reports new displacement around Aleppo",
    "Deputy special envoy Nadia Karimi told the council that [[more than 80,000 people|displaced;a=Deputy special envoy Nadia Karimi;alt=Nadia Karimi]] had been displaced by the fighting around Aleppo in {{a single week}}, [[about 40,000|displaced;a=Deputy special envoy Nadia Karimi;alt=Nadia Karimi]] of them children. "
    "UNHCR had recorded [[some 125,000 Syrians|returned;a=UNHCR]] going home from Türkiye and Lebanon over the same period, she said.",
)

F(
    "Ukraine: UN official cites verified civilian deaths",
    "Briefing the council on Monday, Assistant Secretary-General Miroslav Janda said the UN human rights monitoring mission had verified [[at least 12,600 civilian deaths|killed;a=the UN human rights monitoring mission]] since {{February 2022}}, including [[more than 650 children|killed;a=the UN human rights monitoring mission]]. "
    "He said a missile strike on Kryvyi Rih on Friday had killed [[20 people|killed;a=Assistant Secretary-General Miroslav Janda;alt=Miroslav Janda]], [[nine|killed;a=Assistant Secretary-General Miroslav Janda;alt=Miroslav Janda]] of them children, and wounded [[more than 70|injured;a=Assistant Secretary-General Miroslav Janda;alt=Miroslav Janda]].",
)

F(
    "Afghanistan: returns from Iran and Pakistan could double, council hears",
    "The head of the UN mission in Afghanistan, Rosalind Achterberg, told the council that [[more than 1.4 million Afghans|returned;a=The head of the UN mission in Afghanistan;alt=Rosalind Achterberg]] had returned or been deported from Iran and Pakistan this year. "
    "She warned that the number could reach [[3 million|returned;a=The head of the UN mission in Afghanistan;alt=Rosalind Achterberg;p]] by the end of {{2025}}, and that [[about 23 million Afghans|civilians;a=The head of the UN mission in Afghanistan;alt=Rosalind Achterberg]] already needed aid.",
)

F(
    "Myanmar envoy: millions displaced since coup",
    "The UN special envoy on Myanmar, Tomas Eriksen, said [[more than 3.5 million people|displaced;a=OCHA]] were now displaced inside the country, citing OCHA. "
    "He told the council that [[at least 6,000 civilians|killed;a=The UN special envoy on Myanmar;alt=Tomas Eriksen]] had been killed since the coup in {{February 2021}} and that, according to the Assistance Association for Political Prisoners, [[nearly 22,000 people|arrested;a=the Assistance Association for Political Prisoners]] remained in detention.",
)

F(
    "South Sudan: Upper Nile clashes displace tens of thousands",
    "The head of the UN mission in South Sudan, Kofi Adjei-Brenner, told the council that clashes in Upper Nile had killed [[at least 80 people|killed;a=The head of the UN mission in South Sudan;alt=Kofi Adjei-Brenner]] in {{March}} and forced [[some 60,000|displaced;a=The head of the UN mission in South Sudan;alt=Kofi Adjei-Brenner]] to flee, [[about 10,000|displaced;a=The head of the UN mission in South Sudan;alt=Kofi Adjei-Brenner]] of them across the border into Ethiopia. "
    "He warned that [[up to 30,000 more people|displaced;a=The head of the UN mission in South Sudan;alt=Kofi Adjei-Brenner;p]] could follow if the fighting reached Malakal.",
)

F(
    "Libya: acting envoy reports Tripoli clashes",
    "The acting UN envoy for Libya, Hanna Oyelaran, said clashes in Tripoli had killed [[at least eight civilians|killed;a=The acting UN envoy for Libya;alt=Hanna Oyelaran]] and that [[about 1,200 families|displaced;a=The acting UN envoy for Libya;alt=Hanna Oyelaran]] had fled the southern districts. "
    "She told the council that [[some 2,000 prisoners|other;a=The acting UN envoy for Libya;alt=Hanna Oyelaran]] had escaped from a prison in the capital during the fighting.",
)

F(
    "Somalia: African Union mission shrinks as al-Shabaab holds ground",
    "The head of the African Union mission in Somalia told the council the force now had [[about 11,000 troops|combatants;a=The head of the African Union mission in Somalia]], down from [[18,500|combatants;a=The head of the African Union mission in Somalia]] {{two years}} ago. "
    "Al-Shabaab has [[between 7,000 and 12,000 fighters|combatants;a=UN sanctions monitors]], according to UN sanctions monitors.",
)

F(
    "Ethiopia: drone strike on bus in Amhara raised at council",
    "Assistant Secretary-General for Africa Samuel Owusu-Reinholt told the council that a drone strike on a bus in Amhara had killed [[about 30 passengers|killed;a=Assistant Secretary-General for Africa Samuel Owusu-Reinholt;alt=Samuel Owusu-Reinholt]] last month. "
    "According to OCHA, he said, [[more than 1.5 million people|displaced;a=OCHA]] were displaced in the region, and [[some 4,000 schools|other;a=OCHA]] were closed.",
)

F(
    "West Bank demolitions reported to council",
    "The UN Middle East coordinator told the council that Israeli authorities had demolished [[more than 1,400 Palestinian structures|housing;a=The UN Middle East coordinator]] in the West Bank this year, displacing [[about 450 families|displaced;a=The UN Middle East coordinator]]. "
    "He said that, according to UNRWA, [[some 40,000 residents|displaced;a=UNRWA]] of the Jenin, Tulkarm and Nur Shams camps remained displaced.",
)

F(
    "Lebanon: most displaced have returned south, council told",
    "The UN special coordinator for Lebanon told the council that [[some 900,000 people|returned;a=The UN special coordinator for Lebanon]] had gone back to their areas since the ceasefire. "
    "[[About 100,000|displaced;a=The UN special coordinator for Lebanon]] remained unable to return to villages near the Blue Line, where [[more than 9,000 homes|housing;a=The UN special coordinator for Lebanon]] had been destroyed, she said.",
)

F(
    "Ituri: militia attack on church reported to council",
    "The UN's deputy envoy for Congo told the council that CODECO fighters had killed [[at least 43 people|killed;a=The UN's deputy envoy for Congo]] at a church in Komanda, including [[nine children|killed;a=The UN's deputy envoy for Congo]], and burned [[about 20 houses|housing;a=The UN's deputy envoy for Congo]]. "
    "Peacekeepers were protecting [[some 300 families|displaced;a=the envoy;alt=The UN's deputy envoy for Congo]] who had fled to the mission's base, the envoy said.",
)

F(
    "Sahel: UN regional envoy warns of spreading jihadist violence",
    "The UN special representative for West Africa and the Sahel told the council that jihadist violence had displaced [[more than 3 million people|displaced;a=The UN special representative for West Africa and the Sahel]] across Burkina Faso, Mali and Niger. "
    "He said [[about 8,700 schools|other;a=The UN special representative for West Africa and the Sahel]] were closed and that [[some 40 towns|other;a=The UN special representative for West Africa and the Sahel]] in Burkina Faso were under blockade.",
)

F(
    "Rohingya arrivals in Bangladesh rise, council hears",
    "UNHCR's assistant high commissioner for protection told the council that [[some 150,000 Rohingya|displaced;a=UNHCR's assistant high commissioner for protection]] had arrived in Cox's Bazar in {{the past 18 months}}. "
    "They joined [[more than 1 million refugees|displaced]] already living in [[33 camps|capacity]] in the district.",
)

F(
    "Colombia: verification mission reports killings of former combatants",
    "The head of the UN verification mission in Colombia told the council that [[464 former FARC combatants|killed;a=The head of the UN verification mission in Colombia]] had been killed since the {{2016}} peace agreement. "
    "Fighting in Catatumbo had displaced [[more than 54,000 people|displaced;a=the Ombudsman's office]], according to the Ombudsman's office.",
)

F(
    "Sudan rejects UN toll for Zamzam attack",
    "Sudan's ambassador told the council that [[only 38 people|killed;a=Sudan's ambassador]] had died in the attack on the Zamzam camp market, rejecting the figure of [[more than 200|killed;a=the UN]] given by the UN. "
    "The army has since evacuated [[about 4,000 families|displaced]] from the camp.",
)

F(
    "Al-Hol camp: US urges faster repatriation",
    "The deputy US ambassador told the council that [[about 37,000 people|displaced;a=The deputy US ambassador]] remained in al-Hol camp in north-east Syria, {{more than half}} of them children. "
    "She said [[some 2,500 Iraqi families|returned;a=The deputy US ambassador]] had been repatriated from the camp this year, and that Iraq planned to take back [[another 3,000 families|returned;a=Iraq;p]] by December.",
)

F(
    "Council renews UN mission in South Sudan",
    "The Security Council on Thursday adopted {{resolution 2779}} by {{12 votes to none}}, with {{three abstentions}}, at its {{9,885th meeting}}. "
    "The text extends the mission's mandate for {{12 months}}, to {{30 April 2026}}, and asks the Secretary-General to report every {{90 days}}.",
)

F(
    "Gaza: rival figures at the council",
    "The Palestinian ambassador told the council that [[more than 52,000 Palestinians|killed;a=The Palestinian ambassador]] had been killed in Gaza. "
    "Israel's ambassador said [[some 20,000|killed;a=Israel's ambassador]] of the dead were militants and that [[59 hostages|kidnapped;a=Israel's ambassador]] were still held in Gaza, [[about 24|kidnapped;a=Israel's ambassador]] of them believed to be alive.",
)

F(
    "Ukraine and Russia trade claims over prisoner exchange",
    "Ukraine's deputy ambassador told the council that [[390 prisoners|other;a=Ukraine's deputy ambassador]] had been exchanged by each side on Friday, the largest swap of the war. "
    "Russia's envoy said Moscow was ready to hand over [[6,000 bodies|killed;a=Russia's envoy;p]] of Ukrainian soldiers.",
)

F(
    "UNHCR chief: Congolese flee into Burundi",
    "UN High Commissioner for Refugees Anders Kvale told the council that [[about 70,000 Congolese|displaced;a=UN High Commissioner for Refugees Anders Kvale;alt=Anders Kvale]] had crossed into Burundi in {{two weeks}}, [[as many as 10,000|displaced;a=UN High Commissioner for Refugees Anders Kvale;alt=Anders Kvale]] in {{a single day}}. "
    "Worldwide, [[more than 123 million people|displaced;a=UN High Commissioner for Refugees Anders Kvale;alt=Anders Kvale]] were now forcibly displaced, he said.",
)

F(
    "CAR: armed groups abduct civilians in the south-east",
    "The head of the UN mission in the Central African Republic said armed groups had abducted [[at least 45 people|kidnapped;a=The head of the UN mission in the Central African Republic]] around Zemio since {{January}}, [[14|kidnapped;a=The head of the UN mission in the Central African Republic]] of them girls. "
    "He told the council that [[about 14,000 peacekeepers|combatants;a=The head of the UN mission in the Central African Republic]] were deployed across the country, and that [[a dozen|injured;a=The head of the UN mission in the Central African Republic]] had been wounded this year.",
)

F(
    "North-east Nigeria: UN envoy cites abductions",
    "Briefing the council, the UN envoy for West Africa said Boko Haram and ISWAP had abducted [[more than 300 people|kidnapped;a=the UN envoy for West Africa]] in Borno state this year. "
    "[[About 2.3 million people|displaced;a=the IOM]] remained displaced in the north-east, according to the IOM.",
)

F(
    "Secretary-General invokes Article 99",
    "The Secretary-General invoked {{Article 99}} of the UN Charter on Wednesday, the {{first}} time a UN chief has done so since {{1989}}. "
    "In a letter to the {{15-member}} council, he warned that the humanitarian system risked collapse and asked members to meet within {{48 hours}}.",
)

F(
    "WHO tells council of cholera spread in Sudan",
    "WHO's emergencies director told the council that Sudan's health ministry had recorded [[more than 100,000 suspected cholera cases|other;a=Sudan's health ministry]] and [[about 2,500 deaths|killed;a=Sudan's health ministry]] since the outbreak was declared in {{August}}. "
    "He said [[1.4 million vaccine doses|aid;a=WHO's emergencies director]] had been delivered to Kassala and Gedaref.",
)

F(
    "UNRWA chief lists staff killed in Gaza",
    "The UNRWA commissioner-general told the council by video link that [[about 280 UNRWA staff|killed;a=The UNRWA commissioner-general]] had been killed in Gaza, the highest toll of aid workers in any UN operation. "
    "He said [[more than 190 UNRWA installations|housing;a=The UNRWA commissioner-general;u=structure]] had been damaged, many of them schools where [[hundreds of thousands of people|displaced;a=The UNRWA commissioner-general]] had sought shelter.",
)

F(
    "Karabakh exodus: council hears of arrivals in Armenia",
    "UNHCR's representative in Armenia told an emergency session of the council by video that [[more than 100,000 refugees|displaced;a=UNHCR's representative in Armenia]] had arrived from Karabakh in {{a week}}. "
    "The Armenian government was housing [[thousands|displaced;a=UNHCR's representative in Armenia]] in hotels and public buildings, he said, and [[more than 30,000 families|aid;a=UNHCR's representative in Armenia]] had received cash support.",
)

F(
    "Yemen: OCHA says needs outstrip funding",
    "OCHA's director of operations told the council that [[19.5 million people|civilians;a=OCHA's director of operations]] in Yemen needed aid this year and that WFP had reached [[only 3.6 million|aid;a=OCHA's director of operations]] of them in {{the first quarter}}. "
    "She said floods in {{August}} had damaged or destroyed [[some 6,000 shelters|housing;a=OCHA's director of operations]] in displacement sites in Marib.",
)

F(
    "Darfur: envoy cites RSF abductions of women",
    "The UN's special adviser on sexual violence told the council that the RSF had abducted [[at least 150 women and girls|kidnapped;a=The UN's special adviser on sexual violence;n=women and girls]] in West Darfur. "
    "[[Dozens|missing;a=local monitors]] were still unaccounted for, local monitors had told her office.",
)
