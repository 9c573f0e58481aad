"""dev434, the war outside the capital: the 2022 offensive in Hiraan, Middle Shabelle and
Galgaduud, the AU missions (AMISOM, ATMIS, AUSSOM) and their troops, US and Puntland operations,
bases overrun, abductions and clashes between federal and regional forces (17 texts, 2 without
a figure)."""

from _wrap import item

item(
    "Somali army says it has retaken dozens of villages in Hiraan",
    """
    The Somali National Army said on Wednesday that it and allied clan militias had recaptured
    [[more than 40 villages|other;a=The Somali National Army]] from al-Shabaab in Hiraan and Middle
    Shabelle since the offensive began in August. Information Minister Daud Aweys said [[at least
    600 militants|killed;a=Information Minister Daud Aweys]] had been killed and [[about
    150|arrested;a=Information Minister Daud Aweys]] captured in that time. Al-Shabaab, which
    rarely gives its own losses, called the figures propaganda. Elders in Mahas district said
    [[more than 2,000 ma'awisley fighters|combatants;a=Elders in Mahas district]] had joined the
    operation after the militants destroyed wells and burned homes in their villages. OCHA said
    the fighting had displaced [[about 58,000 people|displaced;a=OCHA]] in Hiraan since
    {{mid-August}}. Government officials said [[no more than 30 soldiers|killed;a=Government
    officials]] had died on their side. [[Hundreds of families|displaced]] who fled to Beledweyne are sleeping in the
    open near the airstrip.
    """,
)

item(
    "Kenyan base in Somalia's Gedo overrun; toll unclear",
    """
    Al-Shabaab fighters overran a Kenyan army base at El Adde in Gedo region before dawn on Friday,
    after a suicide car bomb blew open its gate. The group said it had killed [[more than 100
    Kenyan soldiers|killed;a=The group;alt=Al-Shabaab]] and released photographs of what it said
    were [[12 captured soldiers|kidnapped;a=The group;alt=Al-Shabaab]]. Kenya's military spokesman, Colonel David
    Obonyo, declined to give a toll but said [[roughly 200 troops|combatants;a=Kenya's military
    spokesman, Colonel David Obonyo]] had been at the base. Somali officials in Gedo said [[at least
    63 soldiers|killed;a=Somali officials in Gedo]] had died. A week later the Kenya Defence Forces
    said [[11 soldiers|missing;a=the Kenya Defence Forces]] were still unaccounted for. Kenya has
    [[about 3,600 troops|combatants]] in the African Union mission, mostly in the Jubaland regions
    along its border.
    """,
)

item(
    "US strike kills al-Shabaab fighters near Jilib, AFRICOM says",
    """
    US Africa Command said on Sunday that an air strike near Jilib, in Middle Juba, had killed
    [[about 30 al-Shabaab fighters|killed;a=US Africa Command]] who were attacking Somali forces.
    The command said its initial assessment was that no civilians were injured or killed. Somali
    officials said [[three senior commanders|killed;a=Somali officials]] were among the dead. The
    monitoring group Airwars estimates that US strikes in Somalia have killed [[between 22 and 157
    civilians|killed;a=The monitoring group Airwars]] since {{2007}}, and Amnesty International has
    documented [[at least 21 civilians|killed;a=Amnesty International]] killed and
    [[11|injured;a=Amnesty International]] injured in strikes it investigated. The strikes
    intensified after [[about 450 US troops|combatants]] were redeployed to Somalia in {{2022}},
    {{two years}} after they were pulled out.
    """,
)

item(
    "AU force completes second phase of troop withdrawal",
    """
    The African Union Transition Mission in Somalia said on Saturday it had withdrawn [[3,000
    troops|combatants;a=The African Union Transition Mission in Somalia]] and handed [[seven
    bases|other;u=structure;a=The African Union Transition Mission in Somalia]] to the Somali army,
    completing the {{second}} phase of its drawdown. The mission, which took over from AMISOM in
    {{April 2022}}, once had [[about 22,000 soldiers|combatants]] from Burundi, Djibouti, Ethiopia,
    Kenya and Uganda. Under Security Council resolution {{2710}}, [[another 4,000
    troops|combatants;p]] are to leave by the end of {{June 2024}}. Somali officials have warned
    that the army needs [[at least 10,000 more soldiers|combatants;p;a=Somali officials]] before it
    can hold the towns the AU hands over. [[Up to 11 more bases|other;p;u=structure]] are due
    to be handed over in the next phase. The Somali government says [[about 13,000
    soldiers|combatants;a=The Somali government]] have completed training in Eritrea, Uganda and
    Egypt since {{2019}}.
    """,
)

item(
    "Al-Shabaab overruns Burundian base at Leego",
    """
    Al-Shabaab fighters overran an African Union base at Leego, on the road between Mogadishu and
    Baidoa, on Friday. A Burundian army spokesman said [[at least 50 soldiers|killed;a=A Burundian
    army spokesman]] had been killed, while Western diplomats put the toll at [[more than
    70|killed;a=Western diplomats]]. AMISOM said [[about 100 soldiers|combatants;a=AMISOM]] were
    stationed at the base when it was attacked at {{5am}}. The militants drove off with [[at least
    10 vehicles|other;a=residents]], including armoured personnel carriers, residents said. Burundi later said
    [[13 soldiers|missing;a=Burundi]] were unaccounted for, and a video released by the group
    showed [[two soldiers|kidnapped;a=Al-Shabaab]] it said it had captured.
    """,
)

item(
    "Danab commandos free hostages in Lower Shabelle raid",
    """
    Danab special forces, backed by US advisers, raided an al-Shabaab base near Awdheegle in Lower
    Shabelle before dawn on Tuesday, killing [[eight militants|killed;a=the Somali National News
    Agency]] and capturing [[five|arrested;a=the Somali National News Agency]], the Somali National
    News Agency reported. The agency said [[12 hostages|kidnapped;a=The agency;alt=the Somali
    National News Agency]], among them [[four teachers|kidnapped;a=The agency;alt=the Somali
    National News Agency]], had been freed. A Danab officer, who asked not to be named, told
    Reuters that [[one commando|injured;a=A Danab officer]] was wounded. Separately, [[17 al-Shabaab
    fighters|other]] surrendered to the army in Bay region on Monday. Somalia's government says
    [[more than 2,000 fighters|other;a=Somalia's government]] have defected since the offensive
    began in {{2022}}.
    """,
)

item(
    "Troops pull out of Cowsweyne after al-Shabaab counter-attack",
    """
    Al-Shabaab fighters overran the army base at Cowsweyne, in Galgaduud, on Saturday after a
    suicide car bombing at the gate. Major Hassan Abdi, a commander in the area, told the
    Associated Press that [[dozens of soldiers|killed;a=Major Hassan Abdi]] had been killed. The
    group claimed to have killed [[178 soldiers|killed;a=The group;alt=Al-Shabaab]] and seized [[at
    least 20 military vehicles|other;a=The group;alt=Al-Shabaab]]. Somalia's defence ministry
    acknowledged that troops had withdrawn but said [[only seven soldiers|killed;a=Somalia's
    defence ministry]] had died. [[Some 1,400 families|displaced;a=local officials]] fled
    Cowsweyne and nearby villages towards Dhusamareb, local officials said. Residents said the
    militants burned [[about 60 homes|housing;a=Residents]] before they left. Dhusamareb's hospital
    received [[about 40 wounded soldiers|injured;a=a doctor there]], a doctor there said. The base had been
    taken from the militants in {{January}} during the {{first}} phase of the offensive.
    """,
)

item(
    "Car bomb and suicide attack at Baidoa restaurant",
    """
    A car bomb and a suicide bomber struck a restaurant near the regional administration offices in
    Baidoa on Saturday evening. Regional security minister Hassan Abdullahi said [[at least 16
    people|killed;a=Regional security minister Hassan Abdullahi]] were killed. Bay regional hospital
    said it had received [[43 patients|injured;a=Bay regional hospital]] with shrapnel wounds. The
    dead included [[five children|killed]] who had been selling tea outside. Baidoa, the seat of
    South West State, hosts [[more than 500 displacement sites|capacity;a=the CCCM cluster]]
    sheltering [[about 800,000 people|displaced;a=the CCCM cluster]], according to the CCCM
    cluster. Police said they had arrested [[nine people|arrested;a=Police]] at checkpoints on the
    roads out of the town. Witnesses said [[dozens of shops|housing;a=Witnesses]] around the
    restaurant were wrecked.
    """,
)

item(
    "Egyptian troops to join new AU force in Somalia",
    """
    The African Union Support and Stabilization Mission in Somalia, which replaced ATMIS on
    {{1 January}}, is to have [[up to 11,900 uniformed personnel|combatants;p;a=the AU Peace and
    Security Council]], according to the AU Peace and Security Council. Egypt has pledged [[about
    1,100 soldiers|combatants;p;a=Egypt]] to the force, a move that has angered Ethiopia. Ethiopia
    has [[about 3,000 troops|combatants]] in the AU force and [[several thousand
    more|combatants;n=-]] in Somalia under a bilateral deal. Uganda's defence ministry said
    [[4,500 soldiers|combatants;p;a=Uganda's defence ministry]] would stay on in the new mission,
    the largest contingent, but did not say for how long. The mission faces a funding gap of {{$190 million}}
    for {{2025}}, the AU said. A UN report said the AU force had lost [[at least 30
    soldiers|killed;a=A UN report]] in the {{six months}} before the handover.
    """,
)

item(
    "Al-Shabaab abducts elders in Middle Shabelle after clan joins offensive",
    """
    Al-Shabaab fighters abducted [[at least 23 clan elders|kidnapped;a=Governor Mohamed Abdi
    Wali]] from villages near Adan Yabaal on Thursday, accusing them of backing the government
    offensive, Governor Mohamed Abdi Wali of Middle Shabelle said. [[Five of the
    elders|killed;a=Governor Mohamed Abdi Wali]] were found dead on Saturday, he said. The militants also drove off [[about
    300 camels|other;a=relatives]] belonging to the clan, according to relatives. [[Hundreds of
    families|displaced]] have since fled the villages of Qaayib and Yasooman for Jowhar. Residents
    said [[12 houses|housing;a=Residents]] were set on fire. A day later, [[three more
    elders|kidnapped;a=relatives]] were seized near Warsheekh, relatives said. The group freed [[eight|kidnapped;a=clan
    negotiators]] of the elders after talks, clan negotiators said.
    """,
)

item(
    "How strong is al-Shabaab? Estimates of its fighters vary widely",
    """
    A UN panel of experts estimated in its latest report that al-Shabaab has [[between 7,000 and
    12,000 fighters|combatants;a=A UN panel of experts]], despite the losses of the {{2022}}
    offensive. The US military has put the number at [[5,000-7,000|combatants;a=The US
    military]]. Islamic State's Somali affiliate, based in Puntland's Cal Miskaad mountains, has
    [[as many as 1,600 fighters|combatants;a=Puntland officials]], according to Puntland officials,
    many of them foreigners. Puntland's security forces say they have killed [[more than 350
    militants|killed;a=Puntland's security forces]] of that group since {{December 2024}}. The
    Somali army, by the government's count, has [[about 32,000 soldiers|combatants;a=the
    government]], [[some 5,000|combatants;a=the government]] of them in the Turkish-trained Gorgor brigades.
    """,
)

item(
    "Fighting in Galgaduud displaces tens of thousands, UN monitors say",
    """
    Fighting between government forces and al-Shabaab around El Dheer and Galhareeri has displaced
    [[about 37,000 people|displaced;a=UNHCR's Protection and Return Monitoring Network]] since
    {{early January}}, UNHCR's Protection and Return Monitoring Network said on Thursday. Of those,
    [[about 22,000|displaced;a=UNHCR's Protection and Return Monitoring Network]] have reached
    Dhusamareb, it said. [[Three new sites|capacity]] have opened on the edge of the town. OCHA said
    [[at least 9,000 people|civilians;a=OCHA]] remained trapped in villages along the road to
    Galhareeri. Families are still arriving in Dhusamareb at a rate of [[between 40 and 50 families
    a day|displaced;a=site managers]], site managers said. Aid agencies have trucked in [[1,200 tonnes|aid]] of food since the fighting began.
    Galmudug's health ministry said [[64 people|injured;a=Galmudug's health ministry]] had been
    treated for gunshot wounds at Dhusamareb hospital.
    """,
)

item(
    "Puntland says it has captured Islamic State fighters in Cal Miskaad",
    """
    Puntland's security forces said on Monday that they had captured [[47 Islamic State
    fighters|arrested;a=Puntland's security forces]] in the Cal Miskaad mountains, [[14|arrested;a=Puntland's
    security forces]] of them foreign nationals from Ethiopia, Morocco, Tanzania and Yemen. Since
    the offensive began in {{late December}}, [[more than 150 militants|killed;a=the forces;alt=Puntland's
    security forces]] have been killed, the forces said. Puntland officials put their own losses at
    [[about 40 soldiers|killed;a=Puntland officials]]. AFRICOM said separately that US strikes in
    the mountains had killed [[about 20 fighters|killed;a=AFRICOM]] in the past {{two weeks}}. The
    fighting has displaced [[about 1,300 families|displaced;a=the regional humanitarian affairs
    ministry]] from the Dhaadaar valley, according to the regional humanitarian affairs ministry.
    [[Sixteen soldiers|injured]] were flown to Bosaso for treatment on Sunday.
    """,
)

item(
    "AU says its troops killed civilians in Marka shooting",
    """
    AMISOM said on Wednesday that its soldiers had killed [[seven civilians|killed;a=AMISOM]] at a
    farm near Marka last week, and that [[three soldiers|arrested;a=AMISOM]] had been detained
    pending a board of inquiry. Residents had said [[10 people|killed;a=Residents]] were shot,
    including [[two boys|killed;a=Residents]] aged {{13 and 15}}. [[Hundreds of residents|other]]
    protested in Marka after the bodies were brought into town. [[Two protesters|injured;a=a local
    official]] were wounded when soldiers fired into the air, a local official said. The mission
    said it would pay compensation to the families.
    """,
)

item(
    "Clashes between federal and Jubaland forces in Ras Kamboni",
    """
    Fighting between federal troops and Jubaland forces in the coastal town of Ras Kamboni killed
    [[at least 15 soldiers|killed;a=officials on both sides]], officials on both sides said on
    Thursday. Jubaland said its forces had captured [[about 120 federal soldiers|arrested;a=Jubaland]]
    and their weapons. The federal government had flown [[about 600 troops|combatants]] into the
    town in November, after Jubaland's parliament re-elected its leader, Ahmed Madobe, for a
    {{third}} term. In Beled Hawo, near the Kenyan border, [[some 5,000 residents|displaced;a=the
    Kenya Red Cross]] fled to Mandera in Kenya, the Kenya Red Cross said. [[Two civilians|killed]]
    were killed by stray bullets in the town's market. [[Four wounded soldiers|injured]] were
    evacuated to Kismayo. Residents said [[about 30 houses|housing;a=Residents]] near the port
    were burned.
    """,
)

item(
    "Security Council extends AU mission's mandate and backs new funding rule",
    """
    The UN Security Council on Friday adopted resolution {{2767}}, authorising the African Union's
    new mission in Somalia until {{31 December 2025}}. The resolution opens the door to funding up
    to {{75%}} of the mission's costs from UN assessed contributions under the framework of
    resolution {{2719}}, adopted in {{December 2023}}. The AU had asked for {{$166 million}} for the
    {{first}} {{six months}} alone. Diplomats said the vote followed {{two weeks}} of talks, and the
    United States warned that its own share, about {{25%}} of the UN peacekeeping budget, was not
    guaranteed.
    """,
)

item(
    "Danab brigade marks tenth anniversary with parade in Baledogle",
    """
    Somalia's US-trained Danab commando brigade marked its {{10th}} anniversary on Tuesday with a
    parade at the Baledogle airfield, {{110 kilometres}} north-west of Mogadishu. The brigade was
    formed in {{2014}}, and the United States has spent more than {{$500 million}} on it since
    {{2017}}. Its commander, Colonel Abdirahman Ali, {{41}}, joined as a {{19-year-old}} recruit
    from Kismayo. The ceremony began at {{8:30am}} and lasted {{three hours}}. Speakers recalled the
    {{2022}} battles for Adan Yabaal and Moqokori, where the brigade led the {{first}} assaults.
    """,
)
