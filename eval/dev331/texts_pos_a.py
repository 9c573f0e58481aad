"""Positives of dev331 (part A): screen-desk stories that report current armed conflict or
political violence. (title, text, tag codes, kind); texts are written wrapped and joined here."""


def _t(s: str) -> str:
    return " ".join(s.split())


POSITIVES = [
    (
        "Kyiv TV tower hit as Russian missiles pound capital, channels briefly off air",
        _t("""Russian missiles struck the television tower in Kyiv on Tuesday afternoon, knocking
        several national channels off the air and killing five people in the streets around it,
        Ukraine's emergency service said. Video released by the interior ministry showed black
        smoke rising beside the mast as a second blast shook the Babyn Yar memorial park next
        door. The state broadcasting operator said a hardware room and a power substation had
        been damaged, and that engineers moved the joint news marathon to backup transmitters
        within about two hours. Five more people were taken to hospital with shrapnel wounds.
        Russia's defence ministry had warned residents living near what it called technological
        nodes of the security services to leave shortly before the strike. Ukraine's culture
        minister called the attack an attempt "to silence a country whose capital is being
        encircled". Staff at two channels that share the tower said they had been sleeping in
        the basement since the invasion began six days ago. Regional stations carried the
        national feed until the main signal came back in the evening."""),
        "E",
        "missile_strike",
    ),
    (
        "Two journalists of pan-Arab channel killed as drone strike hits marked press car in Khan Younis",
        _t("""Two Palestinian journalists working for a pan-Arab satellite channel were killed on
        Wednesday when an Israeli drone strike hit their car west of Khan Younis, the channel and
        Gaza's civil defence said. The vehicle was marked with the word PRESS on its roof and
        bonnet, according to colleagues who reached the scene minutes later. A third man, a
        freelance cameraman, lost a leg and was taken to Nasser hospital. The channel interrupted
        its programming to air footage of the burned-out car and accused Israel of deliberately
        targeting its crew. The Israeli military said it had struck "a terrorist operating a
        drone" and that the incident was under review. The Committee to Protect Journalists said
        the deaths took the number of media workers killed since October past 90, the deadliest
        period for the press it has recorded. Reporters in the south of the strip now wear body
        armour even inside the tents from which they file. "We are told the vest protects us,
        but the vest is what they aim at," one of the dead men's colleagues said at the
        funeral."""),
        "E V",
        "drone_strike",
    ),
    (
        "Video journalist killed, six reporters hurt as shells hit press group on Lebanon border",
        _t("""A video journalist was killed and six other reporters wounded on Friday when two
        shells struck a group of media workers filming cross-border fire near the southern
        Lebanese village of Alma al-Shaab, their employers said. The journalists, from three
        international news organisations, had been broadcasting live from a hilltop for about an
        hour and wore helmets and vests marked PRESS. The first round hit the group directly; a
        second struck their car 37 seconds later, according to footage examined afterwards by
        rights researchers. Lebanon's caretaker prime minister accused Israel of a deliberate
        attack, while the Israeli army said Hezbollah had been firing anti-tank missiles across
        the frontier at the time and that it was looking into the incident. Two of the wounded, a
        photographer and a producer, were flown to Beirut for surgery. Lebanese channels ran a
        black screen for a minute on Saturday evening. Exchanges of fire along the border have
        killed at least 20 people in Lebanon this week, and thousands of residents of frontline
        villages have left for Tyre and Nabatieh."""),
        "E V D",
        "shelling",
    ),
    (
        "Gunfire in Ouagadougou as soldiers take over state broadcaster in second coup this year",
        _t("""Soldiers surrounded the headquarters of Burkina Faso's state broadcaster RTB on
        Friday morning and cut its signal, hours after heavy gunfire rang out near the
        presidential palace and the main military camp in Ouagadougou. Shortly before midnight a
        group of officers in combat fatigues appeared on the channel to announce that the
        transitional leader had been removed, the country's second coup in eight months. The new
        junta, led by a 34-year-old army captain, said the previous government had failed to stop
        jihadist attacks that have driven nearly two million people from their homes. Armoured
        vehicles blocked the roads to the broadcaster and shots were heard through the night,
        residents said. On Saturday, crowds backing the captain set fire to a barrier outside the
        French embassy and threw stones at the building, and guards fired tear gas to push them
        back. RTB journalists said they had been ordered out of the newsroom at gunpoint and that
        programmes were replaced by a looping message about the transition. Regular bulletins
        resumed on Sunday afternoon with an anchor reading the junta's communiques."""),
        "M U",
        "coup",
    ),
    (
        "Troops storm Sudan state TV in Omdurman as military dissolves government",
        _t("""Troops stormed the headquarters of Sudan's state radio and television in Omdurman
        early on Monday and detained several employees, the information ministry said on its
        Facebook page, as the military dissolved the transitional government and arrested the
        prime minister. By mid-morning the channel was playing patriotic songs and footage of the
        Nile, interrupted only by the army chief's televised address announcing a state of
        emergency. Thousands of people poured into the streets of Khartoum and Omdurman, building
        barricades of burning tyres. Soldiers opened fire on protesters near the army
        headquarters, killing three and wounding more than 80, a doctors' committee aligned with
        the protest movement said. Internet and mobile services were cut across much of the
        country. Staff at the broadcaster said armed men had ordered them into a conference room
        and confiscated their phones. A presenter who refused to read a military statement was
        taken away in a pickup truck, two colleagues said. The United States suspended $700
        million in emergency assistance in response."""),
        "M U",
        "coup",
    ),
    (
        "Myanmar police fire on protesters in Yangon and detain reporters filming the crackdown",
        _t("""Security forces in Myanmar opened fire on protesters in several cities on Sunday,
        killing at least 18 people, the UN human rights office said, in the bloodiest day since
        the military seized power at the start of February. In Yangon, police hurled stun
        grenades and fired live rounds at crowds who had built barricades of bamboo and sandbags
        in the Hledan junction area. At least eight journalists were detained while filming the
        crackdown, among them a photographer working for an American news agency and reporters
        from two local online television outlets. Footage broadcast by the exiled channel DVB
        showed police dragging a cameraman along the pavement. The junta's information ministry
        later revoked the licences of five independent media companies, accusing them of
        spreading false news. Some of their reporters have gone into hiding in ethnic minority
        areas near the Thai border. "Every night we move the equipment to a different house," an
        editor said by phone. Doctors in Mandalay said they had treated dozens of people for
        rubber-bullet and gunshot wounds."""),
        "U",
        "protest_crackdown",
    ),
    (
        "Sudan army says it has retaken state broadcaster complex in Omdurman after months of fighting",
        _t("""Sudan's army said on Tuesday it had recaptured the state radio and television
        complex in Omdurman from the paramilitary Rapid Support Forces, which had occupied the
        compound since the first days of the war in April. Soldiers posted videos showing
        scorched studios, smashed editing suites and an armoured vehicle parked in the
        broadcaster's courtyard. The army said its troops had advanced through the old city
        under cover of drone and air strikes and had killed dozens of RSF fighters. The RSF did
        not comment, but residents reported heavy shelling from the paramilitary's positions
        across the river in Bahri throughout the night. Journalists who worked at the broadcaster
        before the war said the building's archive, which held decades of Sudanese music and
        film, appeared to have been looted. State television has been airing from Port Sudan
        since last year. The broadcaster's director said it would take months to restore
        transmission from the capital. Fighting between the two forces has killed thousands and
        uprooted more than eight million people."""),
        "B E M D",
        "battle",
    ),
    (
        "TV reporter among dozens killed as twin car bombs hit busy Mogadishu junction",
        _t("""A television reporter was among dozens of people killed when two car bombs exploded
        minutes apart at the busy Zobe junction in Mogadishu on Saturday, the Somali Journalists
        Syndicate said. The first blast hit the education ministry; the second went off as
        ambulances, onlookers and camera crews rushed to the scene. Police put the death toll at
        more than 100 by Sunday morning, with about 300 people wounded. The Islamist militant
        group al-Shabaab said it had carried out the attack, saying the ministry was a target.
        The reporter, who worked for a privately owned Mogadishu channel, had arrived to cover
        the first explosion, colleagues said, and a camerawoman from the same station was
        seriously injured. Another journalist lost his hand. Somali media outlets have long
        warned that al-Shabaab times second blasts to hit crowds and first responders. Hospitals
        in the capital appealed for blood donors as wards filled beyond capacity."""),
        "E T V H",
        "car_bombing",
    ),
    (
        "Suicide bomber kills seven staff of Afghan TV channel on their way home in Kabul",
        _t("""Seven employees of Afghanistan's most popular private television channel were
        killed on Wednesday when a Taliban suicide bomber drove a car packed with explosives into
        the minibus taking them home, the station said. The attack happened during the evening
        rush hour on a road near the Russian embassy in western Kabul; more than 20 people were
        wounded, several of them passers-by. The Taliban said in a statement that they had
        targeted the channel because it spread propaganda for foreign forces, repeating a threat
        they issued last year after its coverage of the fighting in Kunduz. The dead included
        graphic designers, a dubbing artist and a driver. Colleagues broadcast the evening
        bulletin as usual, with presenters in black. "They want us to be afraid, and we will
        not give them that," the station's owner said. Afghan journalist groups said media
        outlets had received new warnings in recent weeks. Police said the bomber had waited
        near a bridge that the bus crossed every day."""),
        "E T V",
        "suicide_bombing",
    ),
    (
        "Guards battle gunmen for three hours after attack on Kabul television station",
        _t("""Attackers dressed as police officers stormed the compound of a private television
        station in Kabul on Tuesday, setting off a gun battle with the station's guards and
        Afghan special forces that lasted about three hours. One security guard was killed and
        about 20 staff members were wounded, some after jumping from upper windows to escape,
        officials said. The Islamic State group said it was behind the attack. The channel, which
        broadcasts in Pashto, went off air when the shooting began and resumed its programmes
        late in the afternoon, its news director reading the first bulletin himself. Staff who
        hid in a storeroom said they heard grenades exploding in the corridors. Police said all
        three attackers were killed. The attack came weeks after a bombing near another
        station's offices, and press freedom groups said at least 13 media workers had been
        killed in Afghanistan this year. "We were working on the morning show when the windows
        shattered," a producer said from his hospital bed."""),
        "B T V",
        "attack",
    ),
    (
        "Documentary crew wounded by Russian shelling near Kupiansk, producer says",
        _t("""A Ukrainian fixer was seriously wounded and a French camera operator lightly hurt
        when Russian artillery hit the village where their documentary crew was filming near
        Kupiansk on Thursday, the film's producer said. The team had been following a volunteer
        evacuation crew for a feature-length documentary due to be finished next year. Shells
        landed about 30 metres from their car as they loaded an elderly woman into a van, the
        producer said. Regional authorities said Russian forces had shelled more than a dozen
        settlements in the district on Thursday and ordered the evacuation of families with
        children from 37 villages. The fixer, a former radio journalist from Kharkiv, was taken
        to a military hospital with shrapnel in his chest and legs. The production company said
        it was suspending filming in the region. "We came to tell the story of people leaving,
        and we became part of it," the director said in a statement. Ukraine's journalists'
        union said more than 80 media workers had been wounded since the full-scale invasion."""),
        "E D",
        "shelling",
    ),
    (
        "Missile snaps Kharkiv television tower in half, cutting digital signal across region",
        _t("""A Russian missile hit Kharkiv's television tower on Monday, snapping the upper part
        of the structure, which then crashed to the ground in a cloud of dust, video verified by
        local media showed. The regional governor said the strike had temporarily disrupted
        digital television in the city and parts of the region and that there were no
        casualties. Engineers switched channels to backup transmitters and said analogue
        broadcasting would continue. The tower, about 240 metres tall, had carried the signals of
        national and regional stations since the Soviet era. The attack was part of a wave of
        strikes on the city's energy and communications infrastructure this spring, which has
        left hundreds of thousands of people with rolling blackouts. Kremlin-backed commentators
        on Russian state television celebrated the footage. Kharkiv's mayor said the city's
        residents would "watch the news anyway, on phones, on radio, on whatever works". Ukraine's
        air force said it had shot down most of the drones launched overnight."""),
        "E",
        "missile_strike",
    ),
    (
        "Israeli troops raid Al Jazeera bureau in Ramallah, order it shut for 45 days",
        _t("""Heavily armed Israeli soldiers raided the Al Jazeera office in Ramallah before
        dawn on Sunday and handed its bureau chief a military order closing it for 45 days, in
        scenes broadcast live on the channel. Troops entered the building in the occupied West
        Bank city at about 3 a.m., confiscated equipment and tore down a banner bearing the image
        of a colleague killed in 2022, the channel said. Outside, youths threw stones at military
        vehicles and soldiers fired tear gas and stun grenades, the Palestinian Red Crescent said,
        adding that its medics treated several people for inhalation. Israel's communications
        minister said the office had been "used to incite terrorism". The Qatar-based network
        called the raid a criminal act and said it would keep reporting from the West Bank. Its
        operations in Israel had already been suspended in May under a law passed by parliament.
        The Foreign Press Association said it was deeply concerned."""),
        "M U",
        "raid",
    ),
    (
        "Local TV cameraman shot as rival cartel factions battle in Culiacan",
        _t("""A cameraman for a local television channel was shot in the leg on Thursday while
        filming the aftermath of a gunfight between rival factions of the Sinaloa cartel and
        soldiers in the north of Culiacan, his employer said. Gunmen in a pickup truck opened
        fire on the crew after shouting at them to stop recording, a reporter who was with him
        said. The state prosecutor's office said four suspected gunmen were killed in the
        clash, which began when an army patrol came under fire from armoured vehicles. Schools
        across the city closed for the day and the regional newspaper sent its staff home after
        its building was hit by gunfire earlier in the week. The violence between the factions
        has left hundreds dead since it erupted in September, and residents now avoid leaving
        home after dark. The channel said it would no longer send crews to night-time shootings.
        Reporters Without Borders said Sinaloa had become one of the most dangerous places in the
        hemisphere to work as a journalist."""),
        "B V",
        "gunfight",
    ),
    (
        "Journalists killed as gangs open fire on reopening of Haiti's general hospital",
        _t("""Two journalists and a police officer were killed on Tuesday when gang members
        opened fire on the reopening ceremony of Haiti's largest public hospital in downtown
        Port-au-Prince, the interim health minister said. Reporters had gathered at the State
        University Hospital to cover the event, which the government had announced as a sign that
        it was reclaiming the city centre. Gunmen from the Viv Ansanm coalition fired on the
        crowd from surrounding buildings, and police returned fire for more than an hour. Several
        other journalists were wounded, among them a radio presenter hit in the shoulder. The
        gang leader who claimed the attack said in a video that his fighters had not authorised
        the reopening. The hospital was forced to close earlier this year when gangs seized the
        area around it. Haiti's association of media workers called for a day without news.
        Gang violence has forced more than 700,000 people from their homes, according to the
        International Organization for Migration."""),
        "B V D",
        "gang_attack",
    ),
    (
        "TV crews tear-gassed as Kenyan police fire on protesters who stormed parliament",
        _t("""Kenyan police fired live rounds and tear gas at protesters who broke into the
        parliament compound in Nairobi on Tuesday, and parts of the building were set alight, as
        anger over a finance bill turned into the worst unrest in years. At least five people
        were shot dead outside parliament, a coalition of rights groups said. Television crews
        broadcasting live were caught in clouds of tear gas, and a camera operator for a private
        channel was hit in the back by a rubber bullet. Shortly before the vote, the
        Communications Authority warned broadcasters against showing the protests, and two
        channels briefly lost their signal in what they said was deliberate interference.
        Internet monitors reported a sharp drop in connectivity across the country in the
        afternoon. The president called the storming of parliament treasonous and said the army
        would be deployed to support the police. Protests spread to Nakuru, Kisumu and Eldoret,
        where a governor's office was torched. Newsrooms said their reporters had been followed
        by plainclothes officers."""),
        "U",
        "protest_crackdown",
    ),
    (
        "Lithuanian documentary maker killed in besieged Mariupol, colleagues say",
        _t("""A Lithuanian documentary filmmaker has been killed in the besieged Ukrainian port
        city of Mariupol, his colleagues and Ukraine's defence ministry said on Sunday. The
        director, who made an acclaimed film about the city several years ago, had returned to
        record life under the siege. He was shot while trying to leave the city by car, a
        Ukrainian journalist who was with him told a Lithuanian broadcaster; his body was
        recovered by a member of his crew. Russian forces have encircled Mariupol for more than
        a month, and city officials say thousands of civilians have been killed by shelling and
        air strikes. Tens of thousands of residents remain trapped without water, heating or
        electricity, while humanitarian convoys have repeatedly been turned back. Lithuania's
        president described the filmmaker as a man who "lived for the truth". His partner, who
        was with him in the city, was said to be trying to bring his footage out. The Russian
        defence ministry did not comment."""),
        "B E V H",
        "siege",
    ),
]
