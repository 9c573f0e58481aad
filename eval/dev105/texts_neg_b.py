"""dev105 hard negatives (economy, sport, military): war words in passing, no conflict.

Labels follow eval/README.md, section 1. Paragraphs are joined by single spaces (_t).
"""


def _t(s: str) -> str:
    return " ".join(s.split())


# (title, text, kind code)
NEGATIVES = [
    (
        "Iowa soybean farmers feel the squeeze as China trade war drags on",
        _t("""
            DES MOINES, Iowa (AP) - Grain bins across Iowa are full of soybeans that would
            normally be on their way to China by now. Beijing's retaliatory tariff of 25% on
            American soybeans, imposed in July in response to President Donald Trump's tariffs on
            Chinese goods, has all but shut farmers out of their biggest export market, and prices
            have fallen to their lowest level in a decade. Mark Lindquist, who farms 1,200 acres
            near Ames, said he had rented extra storage and was holding on to most of his crop in
            the hope that the two countries strike a deal. "We're the ones getting shot in this
            trade war, and we didn't start it," he said. The administration has promised up to $12
            billion in aid to farmers hurt by the tariffs, and the first payments began arriving
            this month. Many farmers say the checks cover only a fraction of their losses and
            worry that Brazil, which has expanded its sales to China, will keep the customers for
            good. Farm groups have lobbied lawmakers to press the White House for an exemption.
            Iowa's two Republican senators have backed the president's goals but urged him to
            bring the dispute to an end quickly. Economists at Iowa State University estimate the
            state's soybean growers stand to lose more than $2 billion this year.
        """),
        "economy",
    ),
    (
        "Aldi and Lidl step up supermarket price war as big four cut cost of everyday staples",
        _t("""
            Britain's supermarkets are locked in a fresh price war, with Tesco, Sainsbury's, Asda
            and Morrisons cutting the price of hundreds of everyday products in an attempt to win
            back shoppers from the discounters Aldi and Lidl. Aldi said on Monday it would cut the
            price of milk, butter and bread for the third time this year, days after Sainsbury's
            announced price reductions on more than 200 lines. Grocery inflation has fallen to
            9.1%, from a peak of more than 17% in the spring, according to the market research firm
            Kantar, but food prices remain far higher than two years ago. The discounters have
            gained market share for 18 months in a row, and Aldi is now the fourth-largest grocer
            in Britain. Analysts said the bigger chains were determined not to lose more ground
            ahead of Christmas and were using their loyalty card schemes as their main weapon.
            "This is trench warfare, fought one pence at a time," said one retail analyst. The
            competition watchdog said in July that it had found no evidence of profiteering by
            supermarkets, though it was still looking at some brands. Consumer groups welcomed the
            cuts but said many families were still skipping meals. Shares in Tesco rose slightly
            on the news.
        """),
        "economy",
    ),
    (
        "Hamilton steelworkers brace for layoffs as U.S. tariffs bite",
        _t("""
            Workers at Hamilton's steel mills say they are bracing for layoffs after the United
            States doubled its tariffs on Canadian steel and aluminum to 50 per cent, the latest
            escalation in a trade war that has upended North American supply chains. Stelco and
            ArcelorMittal Dofasco, which together employ thousands of people in the city, ship a
            large share of their output to American customers, and some buyers have already
            cancelled orders. "Every day the tariff stays, somebody here loses a shift," said a
            crane operator with 22 years at Dofasco. The federal government has imposed
            counter-tariffs on billions of dollars of American goods and announced a support
            package for the steel industry, including rules to stop cheap foreign steel being
            dumped in Canada. Prime Minister Mark Carney has said Canada will fight the tariffs
            "with elbows up" but that talks with Washington are continuing. Hamilton's mayor said
            the city's economy could lose as many as 5,000 jobs if the tariffs remained for the
            rest of the year. The United Steelworkers union is calling on Ottawa to require that
            Canadian steel be used in federally funded infrastructure projects. Economists at one
            of the big banks said the steel sector was likely to shed output in the third quarter.
        """),
        "economy",
    ),
    (
        "Airfare war heats up as Virgin and Qantas slash fares on east coast routes",
        _t("""
            Travellers on Australia's busiest air routes are enjoying some of the cheapest fares
            in years as Qantas, Virgin Australia and the budget carrier Bonza fight for passengers
            on the east coast. Virgin launched a sale on Tuesday with one-way fares between Sydney
            and Brisbane from $79, hours after Qantas's budget arm Jetstar offered seats from Melbourne
            to the Gold Coast for $59. Aviation analysts said the price war was being driven by
            new capacity, with Virgin adding aircraft and Bonza expanding from its base on the
            Sunshine Coast. The airline industry has been under fire from the competition
            regulator, which says domestic airfares rose sharply after the pandemic and that
            the market remains a near-duopoly. Qantas chief executive Vanessa Hudson said the
            airline welcomed competition and was focused on winning back the trust of customers.
            One analyst warned that fare battles rarely lasted long in Australia, where two
            airlines, Compass and Tigerair, have collapsed or been absorbed in the past. "Enjoy it
            while it lasts," he said. Federal Transport Minister Catherine King is due to release a
            white paper on aviation policy by the end of the year.
        """),
        "economy",
    ),
    (
        "Energy price cap to rise 80% to £3,549 as Ofgem warns of worse to come in January",
        _t("""
            The typical household energy bill in Great Britain will rise by 80% to £3,549 a year
            from October, the regulator Ofgem has announced, in a move charities warned would push
            millions of people into fuel poverty this winter. The new price cap, which limits what
            suppliers can charge per unit of gas and electricity, is almost three times the level
            of last winter. Ofgem's chief executive, Jonathan Brearley, said the rise was driven by
            the soaring cost of wholesale gas after Russia's invasion of Ukraine and Moscow's cuts
            to supplies to Europe, and warned that bills could rise further in January. Martin
            Lewis, the consumer champion, described the announcement as "a national crisis on the
            scale of the pandemic". The two candidates to succeed Boris Johnson as Conservative
            leader have been criticised for failing to set out detailed plans to help households.
            Labour has called for the cap to be frozen, paid for by a larger windfall tax on the
            profits of oil and gas producers. Small businesses, which are not covered by the cap,
            say some of their bills have risen fivefold. Pensioners' groups said older people
            would be forced to choose between heating and eating. The BBC has asked the Treasury
            what further support it is planning.
        """),
        "economy",
    ),
    (
        "Nine-man Spurs beaten by Chelsea in a night of chaos that echoed the Battle of the Bridge",
        _t("""
            Tottenham's unbeaten start to the season came to a chaotic end on Monday night as a
            team reduced to nine men lost 4-1 to Chelsea in a match that included five disallowed
            goals, two red cards and 12 yellow cards. Dejan Kulusevski's early strike had put Spurs
            ahead, but Cristian Romero was sent off for a lunge on Enzo Fernández and Cole Palmer
            converted the penalty before half-time. Destiny Udogie was dismissed for a second
            yellow card early in the second half, and Ange Postecoglou kept his defence in an
            almost suicidal high line rather than retreating. Nicolas Jackson exploited the space
            to score a hat-trick in the closing stages. The bad-tempered meeting was reminiscent of
            the 2016 "Battle of the Bridge", when nine Tottenham players were booked in a draw that
            handed Leicester the title. "I will never change the way we play, not when we have
            nine men, not when we have seven," Postecoglou said. Mauricio Pochettino, Chelsea's
            manager and a former Spurs coach, said his side had shown character after a poor run.
            The defeat leaves Tottenham top of the table by a point, and they face Wolves on
            Saturday with both centre-backs suspended.
        """),
        "sport",
    ),
    (
        "Origin II: Blues win the war of attrition to level series in Perth",
        _t("""
            New South Wales have kept the State of Origin series alive with a bruising 44-12 win
            over Queensland at Optus Stadium in Perth, scoring seven tries in an attack that
            finally clicked. The Blues had spent most of the first 20 minutes defending their own
            line before a long-range try to winger Brian To'o turned the game. Queensland lost
            two players to head knocks in the first half, and the Maroons' bench was stretched to
            the limit by the hour mark. Blues coach Brad Fittler said his forwards had "won the
            war in the middle" and that the series would be decided by whoever handled the
            pressure in the decider. Maroons coach Billy Slater said his team had been beaten by
            the better side on the night but that the result would bring the best out of his
            players. "Origin is a battle, and tonight we lost the battle," he said. A crowd of
            more than 59,000 watched the match, the first Origin game in Perth since 2019. The
            third and deciding game will be played in Brisbane in three weeks. Several
            Queensland players face a nervous wait on the judiciary after a melee late in the
            game.
        """),
        "sport",
    ),
    (
        "Chiefs' defense smothers Bills as Mahomes leads another comeback to reach AFC title game",
        _t("""
            KANSAS CITY, Mo. (AP) - Patrick Mahomes threw for 262 yards and two touchdowns, and the
            Kansas City Chiefs' defense sacked Josh Allen four times in the second half as Kansas
            City beat the Buffalo Bills 27-24 on Sunday to reach the AFC championship game for the
            sixth straight season. Buffalo led by 10 points early in the third quarter after
            Allen ran for a score on a read option, but defensive coordinator Steve Spagnuolo
            dialed up a series of blitzes that forced three straight punts. Mahomes then led two
            long scoring drives, finding Travis Kelce for the go-ahead touchdown with just over
            five minutes left. Buffalo's final drive ended when Allen's pass on fourth down was
            knocked away in the end zone. "Our guys up front just kept attacking," Spagnuolo
            said. "That's a heavyweight fight every time we play those guys." Kansas City
            will play for a chance to return to the Super Bowl next Sunday.
        """),
        "sport",
    ),
    (
        "Limerick survive Kilkenny onslaught to claim third All-Ireland in a row",
        _t("""
            Limerick joined the great teams of hurling history at Croke Park on Sunday, holding off
            a ferocious Kilkenny fightback to win a third successive All-Ireland title by 1-31 to
            2-26. John Kiely's side led by seven points at half-time, but Kilkenny, driven on by TJ
            Reid, cut the gap to a single point with 10 minutes left as the Cats went for broke in
            attack. Limerick's response was typical of a team that has won four of the last five
            championships: Gearóid Hegarty, Cian Lynch and Tom Morrissey all landed points from
            distance, and Nickie Quaid made a superb save in the dying minutes. "It was a battle
            for 70-odd minutes, and we knew it would be," Kiely said. "Kilkenny never lie down."
            Brian Cody, the Kilkenny manager, said his players had emptied themselves and that he
            had no regrets. A crowd of 82,300 saw the game, which was played in the middle of
            July for the first time under the new split-season calendar. Limerick will now aim to
            become the first county since Kilkenny in 2009 to win four in a row. Celebrations in
            the city were expected to continue well into the week.
        """),
        "sport",
    ),
    (
        "Oilers win Battle of Alberta in five games and head to Western final",
        _t("""
            Connor McDavid scored in overtime as the Edmonton Oilers beat the Calgary Flames 5-4
            on Thursday to win their second-round series in five games and reach the Western
            Conference final for the first time since 2006. It was the first playoff Battle of
            Alberta in more than 30 years, and it lived up to its reputation, with both teams
            trading goals, hits and more than a few punches. Leon Draisaitl set up McDavid's
            winner with a pass from behind the net, his fourth assist of the night. "It's a war out
            there every shift, and our guys loved it," Oilers coach Jay Woodcroft said. Thousands of fans
            poured onto Whyte Avenue after the game, and police said the celebrations were
            largely peaceful. Edmonton will face the Colorado Avalanche, who swept the St. Louis
            Blues, in the conference final.
        """),
        "sport",
    ),
    (
        "Defence review puts long-range strike at the heart of Australia's military",
        _t("""
            Australia will shift its army away from heavy armour towards long-range missiles and
            cancel hundreds of infantry fighting vehicles under the biggest overhaul of the
            country's defence force in decades, the federal government announced on Monday. The
            Defence Strategic Review, led by former defence force chief Angus Houston and former
            defence minister Stephen Smith, found that the ADF was "not fit for purpose" for a
            region in which China was undertaking the largest military build-up of any country
            since World War II. Defence Minister Richard Marles said the era in which Australia
            could count on 10 years of warning before a conflict was over. The army's order for
            450 Redback infantry fighting vehicles will be cut to 129, and the number of HIMARS
            rocket launchers will be increased. The review also endorses the AUKUS plan for
            Australia to acquire nuclear-powered submarines, which will cost up to $368 billion
            over three decades. Northern bases, including RAAF Tindal in the Northern Territory,
            will be upgraded. The opposition's defence spokesman said the government had not
            committed enough money to pay for the changes. Defence spending is forecast to reach
            about 2.3 per cent of GDP over the next decade.
        """),
        "military",
    ),
    (
        "MoD's £5.5bn Ajax armoured vehicle still years from service after noise and vibration problems",
        _t("""
            The army's troubled Ajax armoured reconnaissance vehicle will not be ready for
            operations until the end of the decade, the Ministry of Defence has admitted, more
            than ten years after the £5.5 billion contract was signed. Trials of the vehicle were
            halted in 2020 after soldiers reported hearing loss, nausea and swollen joints caused
            by excessive noise and vibration. A report by the Commons public accounts committee
            today accuses the department of a "litany of failure" and says the army's
            modernisation has been set back by years as a result. The MoD said the vehicle's
            problems had been fixed and that the first squadron had begun training on Salisbury
            Plain. General Dynamics, the manufacturer, said the vehicle was now "a world-class
            capability" and that testing had been successful. Defence analysts say the delays have
            left the army relying on the Scimitar, a reconnaissance vehicle first introduced in the
            1970s. The committee also criticised the department's handling of other major
            programmes, including the Boxer armoured vehicle and the Challenger 3 tank upgrade.
            Ministers have promised to raise defence spending to 2.5 per cent of national income,
            but the committee warned that more money would not solve a culture of over-optimism.
        """),
        "military",
    ),
    (
        "Ottawa finalizes $19-billion deal for 88 F-35 fighter jets",
        _t("""
            The federal government has finalized a $19-billion deal to buy 88 F-35 fighter jets
            from Lockheed Martin, ending a procurement saga that has run through four prime
            ministers and more than a decade of political fights. Defence Minister Anita Anand said
            the first four aircraft would be delivered in 2026 and the full fleet would be
            operational by the middle of the next decade, replacing the CF-18s that have flown for
            the Royal Canadian Air Force since the 1980s. The jets will be based at 4 Wing Cold
            Lake in Alberta and 3 Wing Bagotville in Quebec, where new facilities will be built.
            The Conservative government of Stephen Harper first chose the F-35 in 2010 without a
            competition, and Justin Trudeau promised in 2015 not to buy it before his government
            held an open contest, which the F-35 won last year. Ms. Anand said the jets would
            allow Canada to meet its commitments to NORAD and NATO. Canada spends about 1.3 per
            cent of its GDP on defence, short of the 2-per-cent target NATO members have agreed
            to, and allies have pressed Ottawa to spend more. The Parliamentary Budget Officer
            estimates that the full life-cycle cost of the fleet could exceed $70-billion.
        """),
        "military",
    ),
    (
        "Defence Force loses one in six regular soldiers in a year as recruitment crisis deepens",
        _t("""
            The New Zealand Defence Force lost almost 16 percent of its regular force personnel in
            the past year, its highest attrition rate on record, and has been forced to take ships
            out of service because it cannot crew them, according to figures released to RNZ. The
            navy has tied up two of its offshore patrol vessels at Devonport Naval Base, and the
            army has struggled to fill technical trades such as engineers and signallers. The
            chief of defence force said pay was the main reason people were leaving, with many
            skilled personnel taking jobs in Australia or in the private sector. The government
            has approved one-off retention payments of up to $5000 and a pay rise for the lowest
            paid. Defence Minister Andrew Little said the force was "under serious pressure" and
            that rebuilding its numbers would take years. A former army officer told RNZ that
            soldiers were being sent on long deployments to managed isolation facilities during
            the pandemic instead of training, which damaged morale. The NZDF has about 14,000
            uniformed and civilian staff. A new recruitment campaign aimed at school leavers and
            career changers will begin next month.
        """),
        "military",
    ),
    (
        "Report on neutrality forum recommends Ireland buy primary radar and review triple lock",
        _t("""
            The State should buy a primary radar system so that it can detect aircraft in Irish
            airspace and should consider reforming the "triple lock" that governs the deployment
            of Irish troops overseas, according to the chair's report of the Consultative Forum on
            International Security Policy. The forum, held in Cork, Galway and Dublin over the
            summer, heard from academics, diplomats, former soldiers and activists on the future
            of Irish neutrality. The triple lock requires a Government decision, Dáil approval and
            a UN mandate before more than 12 Defence Forces personnel can be sent abroad on a
            peacekeeping mission. Critics say it hands a veto over Irish deployments to permanent
            members of the Security Council such as Russia. The Tánaiste said the Government would
            bring proposals to Cabinet before the end of the year but that Ireland would not join
            any military alliance. Opponents of change staged a protest outside Dublin Castle
            during the final session, accusing the Government of trying to drag Ireland into NATO.
            The Defence Forces are short of about 1,500 personnel, and the Commission on the
            Defence Forces found last year that the State had no capability to defend its airspace
            or seabed cables.
        """),
        "military",
    ),
]
