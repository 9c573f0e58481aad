"""dev355 negatives: coalition politics, the economy and the Bundeswehr without violence."""

NEGATIVES = [
    (
        "Traffic-Light Coalition Collapses as Scholz Fires Finance Minister Lindner",
        "Germany's three-party government broke apart on Wednesday night after Chancellor Olaf Scholz dismissed his finance minister, Christian Lindner, accusing him of sabotaging the budget. The Free Democrats then withdrew their other ministers from the cabinet, leaving the Social Democrats and the Greens without a majority in the Bundestag. Scholz said he would seek a vote of confidence in January, paving the way for elections in March. Lindner called the chancellor's statement “a calculated break”. Der Spiegel reports that the fight over a gap of several billion euros in next year's budget had been running for months. Opposition leader Friedrich Merz demanded that the vote be held immediately. The news broke on the same day that Donald Trump won the US presidential election.",
        "politics",
    ),
    (
        "War of Words Over the Debt Brake Splits the Union",
        "A battle over Germany's constitutional debt brake has broken out inside the conservative Union, with several state premiers attacking the party leadership's refusal to loosen the rule. Berlin's mayor Kai Wegner said the cities were being “starved” of investment, while the CSU's Markus Söder fired back that borrowing was the road to ruin. The FAZ counts at least five CDU premiers now openly calling for reform. The party leadership in Berlin dismissed the row as a summer skirmish. Economists at the Ifo institute say the country needs an extra 600 billion euros for bridges, railways and schools over the next decade. The Greens have offered to support a change to the Basic Law if the conservatives move first. A commission is expected to report in the autumn.",
        "politics",
    ),
    (
        "Merz Breaks 'Firewall' as Migration Motion Passes With AfD Votes",
        "A motion by the CDU and CSU to tighten Germany's migration policy passed the Bundestag on Wednesday with the votes of the far-right Alternative for Germany, a first in the history of the federal republic. The non-binding motion calls for people without valid documents to be turned back at all German borders. Social Democrat and Green MPs accused opposition leader Friedrich Merz of tearing down the “firewall” against the far right; the AfD's Bernd Baumann celebrated “a new era”. Former Chancellor Angela Merkel issued a rare statement saying it was wrong. Die Zeit describes scenes of shouting across the chamber. A binding bill failed on Friday, when a dozen conservative MPs stayed away. Tens of thousands of people demonstrated in Berlin on Sunday against the cooperation.",
        "politics",
    ),
    (
        "ÖVP and FPÖ Call a Truce, Then Talks Collapse Again",
        "Coalition talks between the far-right Freedom Party and the conservative ÖVP in Vienna broke down on Wednesday, five weeks after the two parties had agreed to a “truce” on social media attacks. FPÖ leader Herbert Kickl returned his mandate to form a government to President Alexander Van der Bellen, blaming the conservatives' demand to keep the interior ministry. Der Standard reports that the dispute over the ministry, which controls the police and the domestic intelligence service, was never resolved. The ÖVP said Kickl had wanted “all power” for himself. It was the first time a party that won a national election with 29 percent had failed to form a government in Austria. The president said he would consider all options, including a technocrat cabinet. A new election would be held in the autumn at the earliest.",
        "politics",
    ),
    (
        "Taurus Debate: Scholz Stands Firm Against Opposition Attack",
        "Chancellor Olaf Scholz on Wednesday again rejected the delivery of Taurus cruise missiles to Ukraine, facing a barrage of criticism from the opposition and from within his own coalition in the Bundestag. The chancellor argued that the weapon, with a range of 500 kilometres, could only be used responsibly with German soldiers involved in targeting. CDU leader Friedrich Merz called this “an excuse”, and the FDP's defence expert Marie-Agnes Strack-Zimmermann voted with the conservatives on a motion that failed by a wide margin. The NZZ notes that Britain and France have supplied similar missiles for months. Recordings of a leaked conversation among Luftwaffe officers about the Taurus had embarrassed the government a week earlier. Government spokesman Steffen Hebestreit said the decision was final.",
        "politics",
    ),
    (
        "Swiss Voters Reject 'Neutrality Initiative' in Close Referendum",
        "Swiss voters narrowly rejected a popular initiative on Sunday that would have written a strict interpretation of neutrality into the constitution and banned sanctions against countries at war. With all cantons counted, 51.8 percent voted no, the Federal Chancellery said. The initiative, backed by parts of the Swiss People's Party, had been launched after Bern adopted EU sanctions against Russia in 2022. Rural cantons in central Switzerland voted in favour, while the cities of Zurich, Basel and Geneva rejected it clearly. The Neue Zürcher Zeitung calls the result a warning to the Federal Council. The government had argued that the text would isolate Switzerland in Europe. Turnout was 47 percent.",
        "politics",
    ),
    (
        "Coalition Agreement Signed: Merz's Cabinet Takes Shape",
        "The CDU, CSU and SPD signed their coalition agreement in Berlin on Monday, clearing the way for Friedrich Merz to be elected chancellor in the Bundestag on Tuesday. The 144-page document, titled “Responsibility for Germany”, includes stricter migration controls, lower electricity prices for industry and a commission on the future of pensions. The SPD will hold seven ministries, including finance, defence and justice, and its co-leader Lars Klingbeil becomes vice-chancellor. The Süddeutsche Zeitung notes that 84 percent of SPD members voted in favour in a postal ballot, on a turnout of just over half. Merz said the government would “start working the same day”. The Greens, now in opposition, accused the coalition of having no plan for climate policy. Several ministers are newcomers to politics.",
        "politics",
    ),
    (
        "Volkswagen Workers Stage Warning Strikes at Nine Plants",
        "Tens of thousands of Volkswagen workers walked off the job for two hours on Monday at nine German plants, in the first strikes at the carmaker since 2018. The IG Metall union says almost 100,000 employees took part, from Wolfsburg to Zwickau. Management wants to cut wages by ten percent and has not ruled out closing factories in Germany for the first time in its history. “If necessary, this will be the toughest battle Volkswagen has ever seen,” said the union's negotiator Thorsten Gröger. The company says its German plants are too expensive and that sales in China have collapsed. Handelsblatt, quoted by Der Spiegel, reports that up to 30,000 jobs could be at stake. The next round of talks is scheduled for Wednesday in Hanover.",
        "protest",
    ),
    (
        "GDL Strike Paralyses Deutsche Bahn for Six Days",
        "The train drivers' union GDL began its longest strike yet at Deutsche Bahn on Wednesday morning, bringing most long-distance services to a standstill and cancelling about 80 percent of trains on some regional routes. The walkout, planned to last until Monday evening, is the fourth in the current wage dispute. GDL boss Claus Weselsky insists on a 35-hour week without pay cuts for shift workers; the railway calls this impossible given the shortage of staff. Freight trains stopped on Tuesday evening, and industry groups warned of supply problems at chemical plants. The FAZ reports that the union's strike fund is well filled. Commuters crowded onto buses and into car pools, and the ADAC reported long traffic jams around the big cities. Transport Minister Volker Wissing appealed to both sides to go to arbitration.",
        "protest",
    ),
    (
        "Aldi and Lidl Fire First Shots in New Price War",
        "Germany's discount supermarkets have launched a fresh price war, with Aldi Süd cutting the prices of more than 400 products on Monday and Lidl following within hours. Butter, coffee and milk are among the goods now cheaper than at any time since before the inflation surge of 2022. Rewe and Edeka said they would match the cuts in their own discount chains Penny and Netto. Analysts at NielsenIQ say the discounters are fighting to win back customers who have switched to special offers at the big supermarkets. Farmers' associations warned that the pressure would be passed on to dairies. The Süddeutsche Zeitung notes that food prices are still about a third higher than four years ago. Consumer advocates welcomed the cuts but said they would not last.",
        "economy",
    ),
    (
        "German Economy Shrinks for Second Year in a Row",
        "Germany's economy contracted by 0.2 percent in 2024, following a decline of 0.3 percent the year before, the Federal Statistical Office said on Wednesday. It is only the second time in post-war history that output has fallen two years running. Industry, especially carmakers and chemical companies, suffered from high energy costs and weak demand from China. The head of the statistics office, Ruth Brand, said exports had also been hit by stronger competition. Economists at the Kiel Institute expect barely any growth this year and warn that the threat of US tariffs could make things worse. Die Zeit calls it the country's longest stagnation since reunification. The number of insolvencies rose to its highest level since 2015.",
        "economy",
    ),
    (
        "Rheinmetall Shares Soar on Record Orders",
        "Shares in the Düsseldorf arms maker Rheinmetall rose by more than 10 percent on Thursday after the company reported an order backlog of a record 55 billion euros. Chief executive Armin Papperger said sales would rise by up to 30 percent this year, driven by demand for artillery shells, military trucks and air defence. The company is building a new ammunition plant in Unterlüß, Lower Saxony, that is to produce 200,000 shells a year from 2026. Rheinmetall joined the DAX index of leading shares only two years ago and is now worth more than Volkswagen. The NZZ notes that investors had long shunned the sector. Analysts at Deutsche Bank raised their price target. The company is also in talks to take over a naval shipyard in Kiel.",
        "economy",
    ),
    (
        "BASF to Cut 2,600 More Jobs as Energy Costs Bite",
        "The chemical group BASF will cut another 2,600 jobs worldwide, two thirds of them in Germany, and close several energy-intensive plants at its main site in Ludwigshafen, the company said on Friday. Chief executive Martin Brudermüller said high gas prices since the war in Ukraine had made parts of production uncompetitive. One of two ammonia plants will be shut, as well as facilities for fertilisers and plastics precursors. The company says the measures will save one billion euros a year. The works council spoke of a “dark day” but said there would be no forced redundancies. The Frankfurter Allgemeine Zeitung describes Ludwigshafen as a symbol of Germany's industrial crisis. BASF is meanwhile expanding in China, where it is building a plant worth ten billion euros.",
        "economy",
    ),
    (
        "Austria's Inflation Falls, but Unions Gear Up for Autumn Battle",
        "Inflation in Austria fell to 2.4 percent in August, its lowest level in three years, Statistics Austria said on Tuesday. Lower energy prices were the main driver, while prices in restaurants and hotels continued to rise faster than average. The metalworkers' union PRO-GE said it would nevertheless go into the autumn wage round with “full force”, since last year's rises had only made up for past losses. Employers are warning of job cuts in the steel and automotive supply industries. Der Standard notes that Austria's inflation has been above the euro-area average for more than two years. The central bank expects growth of barely one percent next year. The first round of wage talks is due on 23 September.",
        "economy",
    ),
    (
        "Bundestag Approves 100 Billion Euro Special Fund for the Bundeswehr",
        "The Bundestag on Friday approved a special fund of 100 billion euros for the armed forces, amending the Basic Law with the votes of the coalition and the conservative opposition. The money is to be spent over several years on fighter jets, heavy transport helicopters, air defence and digital radio equipment. Chancellor Scholz had announced the fund three days after Russia's invasion of Ukraine in what he called a “Zeitenwende”. The Left Party voted against and the AfD abstained. Der Spiegel reports that the bulk of the first tranche is earmarked for 35 US-made F-35 jets to replace the ageing Tornado fleet. The Federal Audit Office warned that the ministry's procurement office was too slow to spend the money. The Bundeswehr's regular budget stays at about 50 billion euros a year.",
        "military",
    ),
    (
        "Quadriga: Bundeswehr Drills Rapid Deployment to Lithuania",
        "Around 12,000 German soldiers are taking part in the exercise Quadriga this spring, practising how to move troops and armour quickly to NATO's eastern flank, the Bundeswehr said. Tanks of the 10th Armoured Division are being shipped from Rostock and travelling by rail through Poland to Lithuania, where the drills culminate in a mock defence of the Suwałki gap. Soldiers from Lithuania, the Netherlands and Norway are also involved. The exercise is part of NATO's largest drills since the Cold War, Steadfast Defender, which involve some 90,000 troops. Die Welt's defence editor, quoted by the NZZ, says the real test is the logistics, not the combat training. Defence Minister Boris Pistorius will visit the troops in Pabradė. No live firing near the Belarusian border is planned.",
        "military",
    ),
    (
        "Germany's Lithuania Brigade Formally Set Up in Vilnius",
        "Germany on Thursday formally established its first permanent brigade abroad, the 45th Panzer Brigade, in a ceremony in Vilnius attended by Chancellor Friedrich Merz and Lithuania's president Gitanas Nausėda. The brigade is to reach its full strength of about 5,000 soldiers and civilian staff by 2027 and will be based in Rūdninkai and Rukla. Lithuania is building barracks, schools and housing for the soldiers' families at a cost of about one billion euros. The FAZ reports that recruiting enough volunteers has been harder than expected, though the ministry says hundreds have applied. “The protection of Lithuania is the protection of Germany,” Merz told the troops. Russia's embassy called the deployment a provocation. The ceremony ended with a flypast of German and Lithuanian aircraft.",
        "military",
    ),
    (
        "Pistorius Presents Plan for a New Military Service",
        "Defence Minister Boris Pistorius on Wednesday presented a plan for a new form of military service that would require all 18-year-old men to fill in a questionnaire about their fitness and willingness to serve. Women would be invited to answer too, but not obliged to. The ministry wants to recruit around 5,000 additional conscripts a year at first, rising later. Conscription was suspended in Germany in 2011, and the Bundeswehr has struggled to grow beyond about 181,000 soldiers. The Süddeutsche Zeitung reports that the SPD's left wing opposes any return to compulsory service, while the conservatives say the plan does not go far enough. Pistorius said Germany had to be “ready for war” by 2029. The cabinet is due to approve the bill in the summer.",
        "military",
    ),
    (
        "Drones Spotted Over Bundeswehr Base Where Ukrainians Train",
        "Unidentified drones have been seen repeatedly over the army training area at Wildflecken in Bavaria, where Ukrainian soldiers are trained on German weapons, Der Spiegel reports. Military police observed the flights on at least six nights in January but were unable to track down the operators. The Bundeswehr is not allowed to shoot down drones over its own bases except in a narrow set of circumstances, a legal gap the government now wants to close. Security officials suspect Russian reconnaissance, though there is no proof. Similar sightings were reported over the Rheinmetall plant in Unterlüß and the US air base at Ramstein. The interior ministry said the federal police were testing new jamming systems. No damage has been reported.",
        "military",
    ),
    (
        "Austria Orders Twelve Black Hawks in Biggest Helicopter Deal for Decades",
        "Austria's defence ministry has ordered twelve Black Hawk helicopters from the United States, bringing its fleet to 21 and replacing the ageing Alouette and Agusta-Bell machines, Defence Minister Klaudia Tanner said on Tuesday. The deal is part of a plan to raise military spending to 1.5 percent of economic output by 2027. The helicopters are to be used mainly for disaster relief and mountain rescue, which make up most of the army's missions. Der Standard reports that the ministry also wants to join the European Sky Shield air defence initiative, despite objections that this could compromise Austria's neutrality. The FPÖ called the spending excessive. The first new helicopters are due to arrive in Langenlebarn next year.",
        "military",
    ),
]
